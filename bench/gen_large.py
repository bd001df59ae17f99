# Writes a 1,000-line program in the dialect to standard output (or the file named by the first argument), to
# measure `pyco build` time on something bigger than hello.py. Each block is a helper function, an async
# function calling it, and a line in main; the program prints a checksum so it can be checked against CPython.
import sys

BLOCK = '''

def helper_{i}(x):
    total = 0
    for k in range(x % 7 + 3):
        if k % 2 == 0:
            total += k * {i}
        else:
            total -= k
    return total


async def step_{i}(values):
    await asyncio.sleep(0)
    values["{i}"] = helper_{i}(len(values) + {i})
    return f"{{values['{i}']}}:{i}"
'''


def generate(lines_wanted):
    out = ["import asyncio", ""]
    blocks = 0
    while len("\n".join(out).splitlines()) + blocks + 10 < lines_wanted:
        out.append(BLOCK.format(i=blocks).rstrip("\n"))
        blocks += 1
    out += ["", "", "async def main():", "    values = {}", "    parts = []"]
    for i in range(blocks):
        out.append(f"    parts.append(await step_{i}(values))")
    out += ['    print(len(parts), sum(values.values()), len(",".join(parts)))', "", "",
            "asyncio.run(main())"]
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    text = generate(int(sys.argv[2]) if len(sys.argv) > 2 else 1000)
    if len(sys.argv) > 1 and sys.argv[1] != "-":
        with open(sys.argv[1], "w") as f:
            f.write(text)
    else:
        sys.stdout.write(text)
