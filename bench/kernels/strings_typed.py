"""strings.py with the annotations a mypyc user writes."""
import asyncio
import sys
from typing import List, Tuple


def render(i: int) -> str:
    return f"item {i:05d}: {i * 0.5:.2f} [{'even' if i % 2 == 0 else 'odd'}]"


def build(n: int) -> Tuple[int, int, str]:
    lines: List[str] = []
    for i in range(n):
        lines.append(render(i))
    doc = "\n".join(lines)
    words: int = 0
    for line in doc.split("\n"):
        words += len(line.split())
    return len(doc), words, lines[-1]


async def main(n: int) -> None:
    print(build(n))


def run(n: int) -> None:
    asyncio.run(main(n))


if __name__ == "__main__":
    run(int(sys.argv[1]))
