# The logger hierarchy: getLogger caches by name, dotted names find their
# parents (placeholders fixed up when a middle logger comes later), propagate,
# hasHandlers, getChild, filters on loggers and handlers.
import logging
import sys


def handler_for(tag, stream=sys.stdout):
    h = logging.StreamHandler(stream)
    h.setFormatter(logging.Formatter(tag + ' %(name)s %(levelname)s %(message)s'))
    return h


root = logging.getLogger()
print(root is logging.root, root is logging.getLogger('root'), root is logging.getLogger(''))
print(root.name, root.parent, type(root).__name__)
print(logging.getLogger(__name__).name)

abc = logging.getLogger('a.b.c')
print(abc.parent is root, sorted(logging.Logger.manager.loggerDict))
print(type(logging.Logger.manager.loggerDict['a.b']).__name__)
a = logging.getLogger('a')
print(abc.parent is a, a.parent is root)
ab = logging.getLogger('a.b')
print(abc.parent is ab, ab.parent is a)
abx = logging.getLogger('a.bx')
print(abx.parent is a, logging.getLogger('a.b.c') is abc)
print(a.getChild('b.c') is abc, root.getChild('a') is a)

try:
    logging.getLogger(42)
except TypeError as e:
    print('TypeError', e)

root.addHandler(handler_for('[root]'))
a.addHandler(handler_for('[a]'))
print(abc.hasHandlers(), logging.getLogger('z').hasHandlers())

abc.warning('reaches a and root')
ab.propagate = False
abc.warning('stops at a.b, which has no handler')
print(abc.hasHandlers())
ab.addHandler(handler_for('[ab]'))
abc.error('only a.b')
ab.propagate = True

# A handler's level is checked after the logger's.
ha = a.handlers[0]
ha.setLevel(logging.ERROR)
a.warning('root only: a\'s handler wants ERROR')
print(repr(ha), ha.level)

# Filters: a Filter by name, a callable, an object with a filter method.
flt = logging.Filter('a.b')
rec = logging.LogRecord('a.bc', logging.INFO, 'x.py', 1, 'm', (), None)
print(flt.filter(rec), logging.Filter('').filter(rec), logging.Filter('a.bc').filter(rec))
rec.name = 'a.b.c'
print(flt.filter(rec))
ha.setLevel(logging.NOTSET)
root.handlers[0].addFilter(lambda record: 'secret' not in record.getMessage())
abc.warning('public news')
abc.warning('secret news')


class OnlyOdd:
    def filter(self, record):
        return record.args[0] % 2


a.addFilter(OnlyOdd())
for i in range(3):
    a.warning('number %d', i)
print(len(a.filters))
a.removeFilter(a.filters[0])
a.removeFilter('never added')
a.warning('number %d', 2)

ab.removeHandler(ab.handlers[0])
ab.removeHandler(ha)
a.removeHandler(ha)
abc.warning('root alone')
print(a.handlers, abc.hasHandlers())
print(logging.getLoggerClass() is logging.Logger)


class MyLogger(logging.Logger):
    pass


logging.setLoggerClass(MyLogger)
print(type(logging.getLogger('mine')).__name__, type(logging.getLogger('a')).__name__)
logging.setLoggerClass(logging.Logger)
try:
    logging.setLoggerClass(dict)
except TypeError as e:
    print('TypeError', e)
print(sorted(logging.Logger.manager.loggerDict))
