import asyncio


def main():
    print("start")
    await asyncio.sleep(0)


main()
