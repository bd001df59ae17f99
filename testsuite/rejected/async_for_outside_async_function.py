import asyncio


def main(source):
    async for item in source:
        print(item)


main([])
