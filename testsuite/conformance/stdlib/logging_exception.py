# Exceptions in log records: logger.exception inside except prints the
# traceback after the message, exc_info= takes True, an exception or a tuple,
# the text is cached in exc_text; then an uncaught error ends the program.
import logging
import sys

logging.basicConfig(format='%(levelname)s %(name)s: %(message)s')
log = logging.getLogger('app')


def parse(text):
    return int(text)


def load(items):
    return [parse(item) for item in items]


try:
    load(['1', 'two'])
except ValueError:
    log.exception('could not load %d items', 2)

try:
    {}['missing']
except KeyError as e:
    log.error('lookup failed', exc_info=True)
    log.warning('as an instance', exc_info=e)
    saved = sys.exc_info()
print(saved[0].__name__, repr(saved[1]))
log.critical('from a saved tuple', exc_info=saved)
log.info('not shown even with exc_info', exc_info=saved)

# exc_info=True outside any except: no exception, nothing appended.
log.error('no exception now', exc_info=True)
print(sys.exc_info())


class AppError(Exception):
    pass


def run():
    try:
        parse('x')
    except ValueError as e:
        raise AppError('run failed') from e


try:
    run()
except AppError:
    logging.exception('chained')

collected = []


class ListHandler(logging.Handler):
    def emit(self, record):
        collected.append(record)


log.addHandler(ListHandler())
try:
    1 / 0
except ZeroDivisionError:
    log.exception('division')
rec = collected[-1]
print(rec.exc_info[0].__name__, rec.exc_info[1], rec.exc_text is not None, rec.levelname)
print(rec.exc_text.splitlines()[0], '|', rec.exc_text.splitlines()[-1])
f = logging.Formatter('%(message)s')
print(f.formatException(rec.exc_info).splitlines()[-1])

run()
