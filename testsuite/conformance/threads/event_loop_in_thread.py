# asyncio.get_event_loop() outside the main thread: no loop is made for a thread that has none
# (3.11's policy makes one only in the main thread); set_event_loop gives the thread one.
import asyncio
import threading

out = []


def no_loop():
    try:
        asyncio.get_event_loop()
    except RuntimeError as e:
        out.append(f'RuntimeError: {e}')


def with_loop():
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    out.append(asyncio.get_event_loop() is loop)
    out.append(loop.run_until_complete(asyncio.sleep(0.001, 'ran in thread')))
    asyncio.set_event_loop(None)
    loop.close()


for target, name in ((no_loop, 'loopless'), (with_loop, 'looped')):
    t = threading.Thread(target=target, name=name)
    t.start()
    t.join()
for item in out:
    print(item)
print(asyncio.get_event_loop() is asyncio.get_event_loop())
