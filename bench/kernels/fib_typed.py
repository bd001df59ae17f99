"""fib.py with the annotations a mypyc user writes."""
import asyncio
import sys


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


async def main(n: int) -> None:
    print(fib(n))


def run(n: int) -> None:
    asyncio.run(main(n))


if __name__ == "__main__":
    run(int(sys.argv[1]))
