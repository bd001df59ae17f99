# Levels: the constants, names both ways, setLevel with names and numbers, the
# effective level, isEnabledFor and its cache, logging.disable.
import logging
import sys

print(logging.DEBUG, logging.INFO, logging.WARNING, logging.WARN, logging.ERROR,
      logging.CRITICAL, logging.FATAL, logging.NOTSET)
for value in [10, 20, 30, 40, 50, 0, 35, 'INFO', 'WARN', 'FATAL', 'nope']:
    print(repr(value), '->', repr(logging.getLevelName(value)))

logging.addLevelName(25, 'NOTICE')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'))
print(sorted(logging.getLevelNamesMapping().items()))

log = logging.getLogger('levels')
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter('%(levelname)s:%(levelno)d:%(message)s'))
log.addHandler(handler)
print(log.level, log.getEffectiveLevel(), logging.getLogger().level)

log.setLevel('DEBUG')
print(log.level, log.getEffectiveLevel())
log.debug('debug shown')
log.log(25, 'custom level %s', 'NOTICE')
log.log(5, 'below debug, not shown')

log.setLevel(logging.ERROR)
log.warning('not shown')
log.error('error %d of %d', 1, 2)
print(log.isEnabledFor(logging.ERROR), log.isEnabledFor(logging.INFO))

for bad in ['BOGUS', 1.5, None, 'debug']:
    try:
        log.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    log.log('INFO', 'level as a string')
except TypeError as e:
    print('TypeError', e)

try:
    logging.Handler(level='LOUD')
except ValueError as e:
    print('ValueError', e)

# The effective level comes from the nearest ancestor with a level.
child = logging.getLogger('levels.child.grand')
print(child.level, child.getEffectiveLevel(), logging.getLevelName(child.getEffectiveLevel()))
log.setLevel(logging.NOTSET)
print(child.getEffectiveLevel())
child.warning('from the grandchild')
child.info('info is below the root level')

# logging.disable overrides every logger up to its level.
log.setLevel(logging.DEBUG)
logging.disable(logging.INFO)
log.info('disabled')
log.warning('warning passes disable(INFO)')
print(log.isEnabledFor(logging.INFO), log.manager.disable)
logging.disable()
log.critical('disabled too')
logging.disable(logging.NOTSET)
log.critical('enabled again')
try:
    logging.disable('SOMETIMES')
except ValueError as e:
    print('ValueError', e)

# A disabled logger makes no records at all.
log.disabled = True
log.critical('not shown')
print(log.isEnabledFor(logging.CRITICAL))
log.disabled = False
log.setLevel('NOTICE')
log.log(25, 'notice again')
print(repr(log), repr(child), repr(logging.getLogger()))
