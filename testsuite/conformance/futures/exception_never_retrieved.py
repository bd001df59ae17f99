# A future whose exception nobody retrieves logs "Future exception was never retrieved" when it dies;
# retrieving it with exception() or result() silences the report.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    quiet = loop.create_future()
    quiet.set_exception(ValueError("seen"))
    quiet.exception()
    del quiet
    loud = loop.create_future()
    loud.set_exception(ValueError("never looked at"))
    del loud
    print("after del")


asyncio.run(main())
print("done")
