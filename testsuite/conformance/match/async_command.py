import asyncio


async def main():
    command = await asyncio.sleep(0, "go")
    match command:
        case "go":
            print("going")
        case _:
            print("staying")


asyncio.run(main())
