# atexit with asyncio and sys.exit: asyncio.run finishes (cancelling what is left) before the callbacks run;
# a task whose exception was never retrieved is reported when it dies, before them; sys.exit's status is kept
# even when a callback raises SystemExit, which is reported as unraisable; _run_exitfuncs runs and clears them.
import asyncio
import atexit
import sys


log = []


def report(label):
    print(f"atexit {label}: log={log}")


def exits():
    print("callback calling sys.exit(5)")
    sys.exit(5)


async def worker(name, delay):
    try:
        await asyncio.sleep(delay)
        log.append(name)
    finally:
        log.append(f"{name} cleaned")


async def crash():
    raise ValueError("nobody awaits me")


async def main():
    atexit.register(report, "first")
    asyncio.create_task(worker("slow", 10))
    fast = asyncio.create_task(worker("fast", 0))
    asyncio.create_task(crash())
    await fast
    await asyncio.sleep(0)
    print("main returns")


atexit.register(print, "run early")
atexit._run_exitfuncs()
print("after _run_exitfuncs:", atexit._ncallbacks())
asyncio.run(main())
atexit.register(exits)
atexit.register(report, "last")
print("exiting with 3")
sys.exit(3)
