# `from __future__ import annotations`: every annotation is kept as the text CPython writes back from the
# syntax tree (canonical spacing, constants as their repr), never evaluated.
from __future__ import annotations

import asyncio


def shapes(a: "Node", b: Dict[str,int], c: Tuple[()], d: Tuple[int,], e: Callable[[int,str],  None],
           g: int|None, h: 'x'+'y', i: (int), j: typing . List [ int ], k: Literal[-1, 1.5, b'x', True, ...],
           l: a.b(c, *d, k=1, **m), m: [1,2][0], n: -x ** 2, o: (a, b), p: {'a': 1, **z}, q: x if y else z,
           r: lambda q: q, s: not a and b or c, t: a < b <= c, u: x[1:2, ::3], w: 1e400, x: {1, 2},
           y: a @ b // c % d << e >> f & g ^ h, z: (a + b) * c ** -d, aa: "it's", bb: 'say "hi"',
           cc: 1 .real, dd: 2.50, ee: 3j, ff: await_me is not None) -> list[int]:
    pass


for key, value in shapes.__annotations__.items():
    print(key, value)


class Tree:
    parent: Tree | None = None
    children: list[Tree]
    undefined: ThisNameDoesNotExist

    def add(self, child: Tree) -> Tree:
        return child


print(Tree.__annotations__)
print(Tree.add.__annotations__)
total: int = 0
print(__annotations__)


async def fetch(url: str, *, timeout: float = 1.0) -> Optional[Dict[str, Any]]:
    return None


print(fetch.__annotations__)
print(asyncio.run(fetch("x")))
