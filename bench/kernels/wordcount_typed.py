"""wordcount.py with the annotations a mypyc user writes."""
import asyncio
import sys
from typing import Dict, List

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu"]


def text(n: int) -> List[str]:
    # A deterministic mix: word i is chosen by a small linear congruential step.
    out: List[str] = []
    x: int = 7
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(WORDS[x % len(WORDS)] + str(x % 50))
    return out


def count(words: List[str]) -> Dict[str, int]:
    counts: Dict[str, int] = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


async def main(n: int) -> None:
    counts = count(text(n))
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    print(len(counts), top)


def run(n: int) -> None:
    asyncio.run(main(n))


if __name__ == "__main__":
    run(int(sys.argv[1]))
