# match inside coroutines: sorting the exceptions a TaskGroup raises, and awaiting in guards and bodies.
import asyncio


class NetworkError(Exception):
    def __init__(self, host, code):
        super().__init__(host, code)
        self.host = host
        self.code = code

    __match_args__ = ("host", "code")


async def fetch(host, delay, fail):
    await asyncio.sleep(delay)
    match fail:
        case None:
            return f"{host}: ok"
        case int(code):
            raise NetworkError(host, code)
        case str(message):
            raise ValueError(message)


async def is_retryable(code):
    await asyncio.sleep(0)
    return code >= 500


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("a", 0.01, None))
            tg.create_task(fetch("b", 0.02, 503))
            tg.create_task(fetch("c", 0.03, 404))
            tg.create_task(fetch("d", 0.04, "bad data"))
    except* Exception as group:
        for exc in group.exceptions:
            match exc:
                case NetworkError(host, code) if await is_retryable(code):
                    print(f"retry {host} ({code})")
                case NetworkError(host=h, code=c):
                    print(f"give up on {h} ({c})")
                case ValueError(args=[message]):
                    print(f"bad value: {message}")

    results = await asyncio.gather(fetch("e", 0.01, None), fetch("f", 0.02, 500), return_exceptions=True)
    for r in results:
        match r:
            case str(text):
                print("result", text)
            case NetworkError(_, 500 | 502 | 503 as code):
                print("server error", code)
                await asyncio.sleep(0.01)
                print("waited")


asyncio.run(main())
