"""sumloop.py with the annotations a mypyc user writes."""
import asyncio
import sys


def sumloop(n: int) -> int:
    total: int = 0
    for i in range(n):
        total += i * i % 7
    return total


async def main(n: int) -> None:
    print(sumloop(n))


def run(n: int) -> None:
    asyncio.run(main(n))


if __name__ == "__main__":
    run(int(sys.argv[1]))
