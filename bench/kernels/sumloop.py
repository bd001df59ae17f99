"""A counting loop inside a task: range iteration, multiplication and modulo on ints."""
import asyncio
import sys


def sumloop(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


async def main(n):
    print(sumloop(n))


def run(n):
    asyncio.run(main(n))


if __name__ == "__main__":
    run(int(sys.argv[1]))
