"""Counting words in a dict inside a task: str hashing, dict get/set, sorting the result."""
import asyncio
import sys

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu"]


def text(n):
    # A deterministic mix: word i is chosen by a small linear congruential step.
    out = []
    x = 7
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(WORDS[x % len(WORDS)] + str(x % 50))
    return out


def count(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


async def main(n):
    counts = count(text(n))
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    print(len(counts), top)


def run(n):
    asyncio.run(main(n))


if __name__ == "__main__":
    run(int(sys.argv[1]))
