# Logging from several asyncio tasks: one logger per worker (getLogger with a
# dotted name), a LoggerAdapter that adds the task's name, a handler on the
# parent that collects what the tasks log, and an exception logged in a task.
import asyncio
import logging
import sys

parent = logging.getLogger('service')
parent.setLevel(logging.DEBUG)
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter('{levelname:>7} [{task}] {name}: {message}', style='{'))
parent.addHandler(out)
seen = []


class Collect(logging.Handler):
    def emit(self, record):
        seen.append((record.task, record.levelname, record.getMessage()))


parent.addHandler(Collect(logging.WARNING))


class TaskAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        kwargs['extra'] = {'task': asyncio.current_task().get_name()}
        return msg, kwargs


async def worker(n, delay, fail):
    log = TaskAdapter(logging.getLogger(f'service.worker{n}'), None)
    log.debug('starting, delay %s', delay)
    await asyncio.sleep(delay)
    if fail:
        try:
            raise RuntimeError(f'worker {n} broke')
        except RuntimeError:
            log.exception('failed after %s', delay)
            return None
    log.info('step %d done', n)
    await asyncio.sleep(0.02)
    log.warning('finishing %d', n)
    return n * 10


async def main():
    tasks = [asyncio.create_task(worker(i, [0.01, 0.04, 0.07][i], i == 1), name=f'w{i}') for i in range(3)]
    results = await asyncio.gather(*tasks)
    main_log = logging.LoggerAdapter(parent, {'task': 'main'})
    main_log.info('results %s', results)
    print(repr(main_log), main_log.name, main_log.isEnabledFor(logging.DEBUG))
    main_log.setLevel(logging.INFO)
    main_log.debug('hidden')
    print(main_log.getEffectiveLevel(), main_log.hasHandlers(), main_log.manager is logging.Logger.manager)


asyncio.run(main())
for item in seen:
    print(item)
