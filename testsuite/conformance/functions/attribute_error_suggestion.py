# AttributeError messages with "Did you mean" for instances, classes and modules, caught and uncaught.
import asyncio


class Job:
    def __init__(self):
        self.priority = 1

    def start(self):
        return "started"


j = Job()
for expr in (lambda: j.prority, lambda: j.strat(), lambda: Job.stat, lambda: asyncio.sleeep):
    try:
        expr()
    except AttributeError as e:
        print(type(e).__name__, e, sep=": ")
j.prioirty
