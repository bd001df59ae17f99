# CPU-bound work inside tasks, so the object model is measured too: recursion (fib), dict counting and string
# building, spread over tasks that yield to each other between rounds. Optional argument: rounds per task.
import asyncio
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def word_counts(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def render(counts):
    parts = []
    for key in sorted(counts):
        parts.append(f"{key}={counts[key]}")
    return ",".join(parts)


async def job(k, rounds):
    total = 0
    for r in range(rounds):
        total += fib(15 + (k + r) % 3)
        words = [f"w{(i * 7 + k + r) % 50}" for i in range(200)]
        text = render(word_counts(words))
        total += len(text) + text.count("=1")
        await asyncio.sleep(0)
    return total


async def main(rounds):
    results = await asyncio.gather(*[job(k, rounds) for k in range(8)])
    print("jobs:", len(results), "checksum:", sum(results))


asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 200))
