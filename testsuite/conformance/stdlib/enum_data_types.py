# IntEnum, IntFlag and StrEnum members used as the ints and strs they stand for
from enum import IntEnum, IntFlag, StrEnum, auto


class Level(IntEnum):
    DEBUG = 10
    INFO = 20
    WARNING = 30
    ERROR = 40


class Method(StrEnum):
    GET = auto()
    POST = auto()
    DELETE = 'del'


class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1


print(Level.INFO + Level.DEBUG, Level.ERROR - 5, Level.WARNING * 2, Level.ERROR // 3, Level.ERROR / 8, Level.INFO % 7)
print(-Level.DEBUG, abs(Level.INFO), Level.INFO ** 2, round(Level.INFO), float(Level.DEBUG))
print(Level.INFO > 15, 25 < Level.WARNING, Level.DEBUG == 10, 10 == Level.DEBUG, Level.INFO != 20, max(Level))
print(sorted([Level.ERROR, 5, Level.DEBUG, 35]), sum(Level), min(Level, key=lambda l: -l))
print({10: 'ten'}[Level.DEBUG], {Level.INFO: 'info'}[20], [0, 1, 2, 3][Level.DEBUG // 10], 'ab' * (Level.DEBUG // 5))
print(int(Level.INFO), str(Level.INFO), repr(Level.INFO), f'{Level.INFO}', f'{Level.INFO:>5}|', f'{Level.INFO:x}', format(Level.ERROR, 'b'))
print('%s and %r' % (Level.INFO, Level.INFO), '{} {!r}'.format(Level.ERROR, Level.ERROR), Level.INFO.bit_length())
print(Level(30), Level['ERROR'], [l.name for l in Level if l >= Level.WARNING], Level.INFO << 1, Level.ERROR >> 2)
print(Level.INFO & 0xF, Level.INFO | 1, Level.INFO ^ 4, ~Level.DEBUG, hash(Level.INFO) == hash(20))

print(Method.GET, repr(Method.POST), Method.DELETE, Method.GET == 'get', 'post' == Method.POST, Method('del'))
print(Method.GET.upper(), Method.POST.startswith('po'), Method.DELETE.replace('d', 'D'), len(Method.POST), Method.GET[0])
print(Method.GET + '/x', '/' + Method.POST, f'{Method.GET:>6}|', 'e' in Method.DELETE, sorted(Method), list(Method.GET))
print({'get': 1}[Method.GET], {Method.POST: 2}['post'], ','.join(map(str, [Method.GET, Method.POST])), Method.GET.split('e'))

rw = Mode.READ | Mode.WRITE
print(rw, repr(rw), rw + 1, rw == 6, rw & 4, repr(rw & 4), repr(rw | 1), repr(rw | 8), repr(Mode(9)))
print(repr(~Mode.READ), repr(~rw), Mode.READ in rw, Mode.EXEC in rw, list(rw), len(rw), bool(Mode(0)))
print(f'{rw}', f'{rw:04b}', str(Mode.EXEC), int(rw), rw > 5, sorted([Mode.READ, Mode.EXEC]))
