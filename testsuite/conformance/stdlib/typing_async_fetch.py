# An asyncio program annotated the way real code is.
import asyncio
from typing import (Any, Awaitable, Callable, Dict, Generic, List, Optional, Tuple, TypeVar, AsyncIterator,
                    Coroutine, Iterable, get_type_hints)

T = TypeVar('T')
R = TypeVar('R')

DATA: Dict[str, Dict[str, Any]] = {
    'a': {'id': 1, 'tags': ['x']},
    'b': {'id': 2, 'tags': []},
}


async def fetch(key: str) -> Optional[Dict[str, Any]]:
    await asyncio.sleep(0.01 * len(key))
    return DATA.get(key)


class Cache(Generic[T]):
    def __init__(self) -> None:
        self._items: Dict[str, T] = {}
        self.hits = 0

    async def get(self, key: str, load: Callable[[str], Awaitable[Optional[T]]]) -> Optional[T]:
        if key in self._items:
            self.hits += 1
            return self._items[key]
        value = await load(key)
        if value is not None:
            self._items[key] = value
        return value

    def __repr__(self) -> str:
        return f'Cache({sorted(self._items)}, hits={self.hits})'


async def retry(op: Callable[[], Coroutine[Any, Any, R]], attempts: int = 3) -> R:
    for i in range(attempts):
        try:
            return await op()
        except ConnectionError as exc:
            print(f'attempt {i + 1} failed: {exc}')
    raise ConnectionError(f'gave up after {attempts} attempts')


async def ticks(n: int) -> AsyncIterator[int]:
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def gather_all(keys: Iterable[str]) -> List[Tuple[str, Optional[Dict[str, Any]]]]:
    results = await asyncio.gather(*(fetch(k) for k in keys))
    return list(zip(keys, results))


async def main() -> None:
    cache: Cache[Dict[str, Any]] = Cache[Dict[str, Any]]()
    print(cache.__orig_class__, Cache.__parameters__)
    for key in ['a', 'b', 'a', 'zz']:
        print(key, await cache.get(key, fetch))
    print(cache)
    print(await gather_all(['b', 'a', 'q']))
    print([i async for i in ticks(3)])

    calls = 0

    async def flaky() -> int:
        nonlocal calls
        calls += 1
        if calls < 3:
            raise ConnectionError(f'call {calls}')
        return calls

    print('result', await retry(flaky))
    print(get_type_hints(fetch))
    print(get_type_hints(Cache.get))
    print(get_type_hints(retry)['op'])
    calls = -10
    await retry(flaky, attempts=2)


asyncio.run(main())
