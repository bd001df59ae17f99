# enum in an asyncio program: an Enum for task states, a Flag for capabilities, an IntEnum for priorities
import asyncio
from enum import Enum, Flag, IntEnum, auto, unique


@unique
class State(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()
    FAILED = auto()

    @property
    def finished(self):
        return self in (State.DONE, State.FAILED)


class Priority(IntEnum):
    LOW = 1
    NORMAL = 5
    HIGH = 10


class Cap(Flag):
    NET = auto()
    DISK = auto()
    GPU = auto()


class Job:
    def __init__(self, name, priority, caps, fail=False):
        self.name = name
        self.priority = priority
        self.caps = caps
        self.fail = fail
        self.state = State.PENDING

    def __repr__(self):
        return f'Job({self.name!r}, {self.state.name}, {self.priority!r})'


async def run(job, log):
    job.state = State.RUNNING
    log.append((job.name, job.state))
    await asyncio.sleep(0.001 * (11 - job.priority))
    if job.fail:
        job.state = State.FAILED
        raise RuntimeError(f'{job.name} failed in state {job.state}')
    job.state = State.DONE
    log.append((job.name, job.state))
    return job.priority * 2


async def main():
    jobs = [Job('fetch', Priority.HIGH, Cap.NET), Job('store', Priority.LOW, Cap.DISK | Cap.NET),
            Job('train', Priority.NORMAL, Cap.GPU, fail=True)]
    jobs.sort(key=lambda j: j.priority, reverse=True)
    print([j.name for j in jobs], [str(j.priority) for j in jobs])
    log = []
    results = await asyncio.gather(*(run(j, log) for j in jobs), return_exceptions=True)
    for job, result in zip(jobs, results):
        print(job, job.state.finished, repr(result) if isinstance(result, Exception) else result)
    print(log[:3])
    counts = {state: 0 for state in State}
    for job in jobs:
        counts[job.state] += 1
    print(counts)
    print({s.name: n for s, n in counts.items() if n})
    net_jobs = [j.name for j in jobs if Cap.NET in j.caps]
    print(net_jobs, [repr(j.caps) for j in jobs])
    queue = asyncio.PriorityQueue()
    for job in jobs:
        await queue.put((-job.priority, job.name))
    order = []
    while not queue.empty():
        prio, name = await queue.get()
        order.append((Priority(-prio), name))
    print(order)
    waiting = {State.PENDING, State.RUNNING}
    print(any(j.state in waiting for j in jobs), State['DONE'] is jobs[0].state)
    await run(Job('late', Priority.HIGH, Cap(0), fail=True), log)


asyncio.run(main())
