"""Building strings inside a task: f-strings with format specs, concatenation, join and split."""
import asyncio
import sys


def render(i):
    return f"item {i:05d}: {i * 0.5:.2f} [{'even' if i % 2 == 0 else 'odd'}]"


def build(n):
    lines = []
    for i in range(n):
        lines.append(render(i))
    doc = "\n".join(lines)
    words = 0
    for line in doc.split("\n"):
        words += len(line.split())
    return len(doc), words, lines[-1]


async def main(n):
    print(build(n))


def run(n):
    asyncio.run(main(n))


if __name__ == "__main__":
    run(int(sys.argv[1]))
