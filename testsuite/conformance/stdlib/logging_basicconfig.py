# Before any configuration the last-resort handler prints just the message of
# WARNING and above to stderr; basicConfig configures the root logger once
# (again with force=True), the module-level functions call it themselves.
import logging
import sys

log = logging.getLogger('early')
log.info('info is dropped')
log.warning('last resort: %s', 'just the message')
log.error('an error too')
print(repr(logging.lastResort), logging.lastResort.level)
print(logging.root.handlers)

saved = logging.lastResort
logging.lastResort = None
log.warning('no handler and no last resort')
logging.lastResort = saved

for bad in [{'stream': sys.stdout, 'handlers': []}, {'colour': 'red'}, {'style': '%%'},
            {'format': '{message}'}, {'level': 'LOUD'}]:
    try:
        logging.basicConfig(**bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
    logging.basicConfig(force=True, handlers=[])
print(logging.root.handlers, logging.root.level)

logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format='%(levelname)s|%(name)s|%(message)s')
h = logging.root.handlers[0]
print(type(h).__name__, h.stream is sys.stdout, h.formatter._fmt, logging.root.level)
logging.info('module-level info')
logging.debug('module-level debug, below INFO')
logging.getLogger('svc.db').warning('child propagates to root')

# A second call changes nothing without force.
logging.basicConfig(level=logging.DEBUG, format='ignored %(message)s')
print(len(logging.root.handlers), logging.root.level)
logging.basicConfig(force=True, stream=sys.stdout, style='{', format='{name}/{levelname}: {message}',
                    level='DEBUG')
logging.debug('after force')
logging.log(25, 'level %d', 25)
logging.critical('crit'); logging.fatal('fatal'); logging.error('err'); logging.warning('warn')


class Upper(logging.Handler):
    def emit(self, record):
        print('UPPER', self.format(record).upper())


mine = Upper()
mine.setFormatter(logging.Formatter('kept: %(message)s'))
logging.basicConfig(force=True, handlers=[logging.StreamHandler(sys.stdout), mine],
                    format='$levelname $message', style='$')
logging.warning('two handlers')
print([type(x).__name__ for x in logging.root.handlers])

# With the root's handlers removed the module functions configure stderr.
logging.root.handlers.clear()
logging.warning('basicConfig on stderr')
print(repr(logging.root.handlers[0]))

# Handlers: reprs, names, NullHandler, Handler.emit, setStream, shutdown.
n = logging.NullHandler()
n.handle(logging.makeLogRecord({}))
print(repr(n), n.lock, n.name)
n.name = 'quiet'
print(n.name, n.get_name())
base = logging.Handler(logging.INFO)
print(repr(base))
try:
    base.emit(logging.makeLogRecord({}))
except NotImplementedError as e:
    print('NotImplementedError', e)
sh = logging.StreamHandler()
print(repr(sh), sh.stream is sys.stderr)
print(sh.setStream(sys.stdout) is sys.stderr, sh.setStream(sys.stdout))
sh.terminator = ' <end>\n'
sh.handle(logging.makeLogRecord({'msg': 'custom terminator'}))


class Named:
    name = 42

    def write(self, text):
        print('write', repr(text))

    def flush(self):
        print('flush')


sh.setStream(Named())
print(repr(sh))
sh.handle(logging.makeLogRecord({'msg': 'to an object'}))
logging.shutdown()
print('shut down')
# CPython's shutdown runs again at exit (atexit): leave nothing that prints.
sh.setStream(sys.stdout)
