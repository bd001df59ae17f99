# Module-level code runs top to bottom; `if __name__ == "__main__":` is true for the program pyco builds.
import asyncio

print("module start", __name__)


async def main():
    print("main runs")
    return 42


def helper():
    return "helper"


if __name__ == "__main__":
    print("guard taken", helper())
    print(asyncio.run(main()))
else:
    print("imported")
print("module end")
