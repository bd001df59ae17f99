# Formatters: the %, { and $ styles, their validation errors, defaults, extra
# fields, formatTime with a datefmt (a fixed time tuple), records made by
# hand, BufferingFormatter.
import logging
import sys


def record(msg='hello %s', args=('world',), name='fmt', level=logging.INFO, **attrs):
    r = logging.LogRecord(name, level, '/src/pkg/module.py', 42, msg, args, None, 'func')
    r.__dict__.update(attrs)
    return r


r = record()
print(r.name, r.levelname, r.levelno, r.pathname, r.filename, r.module, r.lineno, r.funcName)
print(r.getMessage(), r.msg, r.args, r.exc_info, r.exc_text, r.stack_info)
print(r.threadName, r.processName, type(r.created).__name__, type(r.msecs).__name__)
print(repr(r))
print(logging.LogRecord('n', 10, 'noext', 1, 'x', None, None).module)
print(logging.LogRecord('n', 10, 'a/.hidden', 1, 'x', None, None).module)

# A lone mapping argument fills %(key)s fields.
print(record('%(a)s and %(b)d', ({'a': 'x', 'b': 2},)).getMessage())
print(record('%s', ({},)).getMessage())
print(record('no args %s', ()).getMessage())
print(record(123, ()).getMessage())

for style, fmt in [('%', '%(levelname)-8s|%(name)s|%(message)s'),
                   ('{', '{levelname:<8}|{name!r}|{message}'),
                   ('$', '$levelname|${name}|$message $$')]:
    f = logging.Formatter(fmt, style=style)
    print(style, f.format(record()), f._fmt == fmt, f.usesTime())

print(logging.Formatter().format(record()))
print(logging.Formatter(style='{').format(record()), logging.Formatter(style='$').format(record()))
print(logging.Formatter('%(asctime)s').usesTime(), logging.Formatter('{asctime}', style='{').usesTime(),
      logging.Formatter('$asctime', style='$').usesTime())
f = logging.Formatter('%(message)s %(user)s', defaults={'user': 'nobody'})
print(f.format(record()), f.format(record(user='ann')))

bad = [('%', 'no fields here'), ('%', '%(name)z'), ('{', 'plain'), ('{', '{name!x}'),
       ('{', '{name:<<<}'), ('{', '{0name}'), ('$', 'none'), ('$', 'cost $5 ${name}'), ('?', '%(name)s')]
for style, fmt in bad:
    try:
        logging.Formatter(fmt, style=style)
        print('accepted', repr(fmt))
    except ValueError as e:
        print('ValueError', e)
print(logging.Formatter('%(nope)s', validate=False)._fmt)
for style, fmt in [('%', '%(nope)s'), ('{', '{nope}'), ('$', '$nope')]:
    try:
        logging.Formatter(fmt, style=style).format(record())
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)


class FixedTime(logging.Formatter):
    converter = staticmethod(lambda secs: (2024, 3, 5, 14, 7, 9, 1, 65, 0))


ft = FixedTime('%(asctime)s %(message)s')
r = record()
r.msecs = 7.0
print(ft.format(r))
ft = FixedTime('%(asctime)s %(message)s', datefmt='%d/%m/%y %I:%M %p %a %b %j %%')
print(ft.format(r), r.asctime)
ft.default_msec_format = None
print(ft.formatTime(r))
ft.default_msec_format = '%s.%03d'
print(ft.formatTime(r))

# extra= adds attributes; it may not replace the record's own.
log = logging.getLogger('fmt')
log.propagate = False
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('%(name)s %(user)s %(message)s'))
log.addHandler(h)
log.warning('with extra', extra={'user': 'bob'})
for key in ['message', 'asctime', 'name', 'levelno']:
    try:
        log.warning('clash', extra={key: 1})
    except KeyError as e:
        print('KeyError', e)

rec = logging.makeLogRecord({'msg': 'made %s', 'args': ('by hand',), 'levelno': 30, 'custom': 1})
print(rec.getMessage(), rec.levelname, rec.custom, rec.name)

bf = logging.BufferingFormatter(logging.Formatter('<%(message)s>'))
print(repr(bf.format([record('a', ()), record('b', ())])), repr(bf.format([])))

# A formatter that fails is reported through handleError; with
# raiseExceptions off the record is dropped silently.
logging.raiseExceptions = False
log.warning('missing user field')
log.warning('bad args %d', 'x')
logging.raiseExceptions = True
print('done')
