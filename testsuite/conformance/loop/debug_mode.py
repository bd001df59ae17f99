# Debug mode: set_debug/get_debug, asyncio.run(debug=True), and the warning for a callback that takes
# slow_callback_duration or longer, sent to the "asyncio" logger (captured here, since its duration varies).
import asyncio
import logging
import time


class Capture(logging.Handler):
    def emit(self, record):
        print("captured:", record.levelname, record.msg, [type(a).__name__ for a in record.args])


log = logging.getLogger("asyncio")
log.addHandler(Capture())
log.propagate = False


def slow(label):
    time.sleep(0.12)
    print("slow callback ran:", label)


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_debug(), repr(loop).endswith("debug=True>"), loop.slow_callback_duration)
    loop.slow_callback_duration = 0.05
    print(loop.slow_callback_duration)
    loop.call_soon(slow, "debug on")
    await asyncio.sleep(0.01)
    loop.set_debug(False)
    print(loop.get_debug(), repr(loop).endswith("debug=False>"))
    loop.call_soon(slow, "debug off")
    await asyncio.sleep(0.01)


asyncio.run(main(), debug=True)
loop = asyncio.new_event_loop()
print(loop.get_debug())
loop.set_debug(1)
print(loop.get_debug())
loop.close()
