"""Recursive Fibonacci inside a task: function calls and small-int arithmetic."""
import asyncio
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


async def main(n):
    print(fib(n))


def run(n):
    asyncio.run(main(n))


if __name__ == "__main__":
    run(int(sys.argv[1]))
