# The assertions of unittest.TestCase that the ported CPython tests use, as plain functions: each raises
# AssertionError with a message saying what differed, which the programs' drivers print. A module of the topic,
# not a program (files whose name begins with "_" are shared by a topic's programs: testsuite/README.md).


def fail(msg='failed'):
    raise AssertionError(msg)


def check_eq(a, b, msg=None):
    if not a == b:
        fail(msg or f'{a!r} != {b!r}')


def check_ne(a, b, msg=None):
    if a == b:
        fail(msg or f'{a!r} == {b!r}')


def check_true(x, msg=None):
    if not x:
        fail(msg or f'{x!r} is not true')


def check_false(x, msg=None):
    if x:
        fail(msg or f'{x!r} is not false')


def check_is(a, b, msg=None):
    if a is not b:
        fail(msg or f'{a!r} is not {b!r}')


def check_is_not(a, b, msg=None):
    if a is b:
        fail(msg or f'unexpectedly identical: {a!r}')


def check_is_none(x, msg=None):
    if x is not None:
        fail(msg or f'{x!r} is not None')


def check_is_not_none(x, msg=None):
    if x is None:
        fail(msg or 'unexpectedly None')


def check_in(a, b, msg=None):
    if a not in b:
        fail(msg or f'{a!r} not found in {b!r}')


def check_not_in(a, b, msg=None):
    if a in b:
        fail(msg or f'{a!r} unexpectedly found in {b!r}')


def check_isinstance(x, cls, msg=None):
    if not isinstance(x, cls):
        fail(msg or f'{x!r} is not an instance of {cls!r}')


def check_almost(a, b, places=7, msg=None, delta=None):
    if delta is not None:
        if abs(a - b) > delta:
            fail(msg or f'{a!r} != {b!r} within {delta!r} delta')
    elif round(abs(a - b), places) != 0:
        fail(msg or f'{a!r} != {b!r} within {places} places')


def check_less(a, b, msg=None):
    if not a < b:
        fail(msg or f'{a!r} not less than {b!r}')


def check_le(a, b, msg=None):
    if not a <= b:
        fail(msg or f'{a!r} not less than or equal to {b!r}')


def check_greater(a, b, msg=None):
    if not a > b:
        fail(msg or f'{a!r} not greater than {b!r}')


def check_ge(a, b, msg=None):
    if not a >= b:
        fail(msg or f'{a!r} not greater than or equal to {b!r}')


class raises:
    def __init__(self, exc, text=None, msg=None):
        self.exc = exc
        self.text = text
        self.msg = msg
        self.exception = None

    def __enter__(self):
        return self

    def __exit__(self, typ, val, tb):
        name = getattr(self.exc, '__name__', str(self.exc))
        if typ is None:
            fail(self.msg or f'{name} not raised')
        if not issubclass(typ, self.exc):
            return False
        if self.text is not None:
            parts = self.text if isinstance(self.text, tuple) else (self.text,)
            message = str(val)
            start = 0
            for part in parts:
                found = message.find(part, start)
                if found < 0:
                    fail(f'{part!r} not found in {message!r}')
                start = found + len(part)
        self.exception = val
        return True


def check_raises(exc, func, *args, **kwargs):
    with raises(exc):
        func(*args, **kwargs)


def check_raises_msg(exc, text, func, *args, **kwargs):
    with raises(exc, text):
        func(*args, **kwargs)
