# Each thread runs its own event loop with asyncio.run; the loops do not see each other's tasks.
import asyncio
import threading

results = {}
lock = threading.Lock()


async def count_down(tag, n):
    steps = []
    while n:
        await asyncio.sleep(0.001)
        steps.append(n)
        n -= 1
    return steps


async def thread_main(tag, n):
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(count_down(f'{tag}{i}', n + i)) for i in range(2)]
    done = await asyncio.gather(*tasks)
    return len(asyncio.all_tasks(loop)), done


def runner(tag, n):
    out = asyncio.run(thread_main(tag, n))
    with lock:
        results[tag] = out


threads = [threading.Thread(target=runner, args=(tag, n)) for tag, n in (('a', 2), ('b', 3))]
for t in threads:
    t.start()
for t in threads:
    t.join()
for tag in sorted(results):
    print(tag, results[tag])


async def main_loop():
    # the main thread's loop waits for a thread that runs its own loop
    box = []
    t = threading.Thread(target=lambda: box.append(asyncio.run(count_down('t', 3))))
    t.start()
    while t.is_alive():
        await asyncio.sleep(0.005)
    t.join()
    return box


print(asyncio.run(main_loop()))

