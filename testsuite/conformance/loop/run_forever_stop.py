# run_forever runs until stop(); stop() called before run_forever makes it run one iteration; is_running is True
# only inside.
import asyncio


def tick(loop, n):
    print("tick", n, loop.is_running())
    if n < 3:
        loop.call_soon(tick, loop, n + 1)
    else:
        loop.stop()


loop = asyncio.new_event_loop()
loop.call_soon(tick, loop, 1)
loop.run_forever()
print("stopped", loop.is_running())
loop.call_soon(print, "queued before stop")
loop.stop()
loop.call_soon(print, "queued after stop")
loop.run_forever()
print("second run_forever returned")
loop.run_until_complete(asyncio.sleep(0))
loop.close()
