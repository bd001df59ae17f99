# The traceback module's formatting functions (the text they give, joined) and
# sys.exc_info inside and outside an except block.
import sys
import traceback


def inner(x):
    return 10 // x


def outer():
    try:
        inner(0)
    except ZeroDivisionError as e:
        raise ValueError('bad input') from e


print(sys.exc_info())
try:
    outer()
except ValueError as e:
    kind, value, tb = sys.exc_info()
    print(kind.__name__, value, type(tb).__name__)
    text = traceback.format_exc()
    print(text, end='')
    print(''.join(traceback.format_exception(e)) == text)
    print(''.join(traceback.format_exception(kind, value, tb)) == text)
    print(traceback.format_exception_only(e))
    traceback.print_exc(file=sys.stdout)
    traceback.print_exception(e.__cause__, file=sys.stdout)
    saved = e
print(sys.exc_info())
print(repr(traceback.format_exc()))
print(traceback.format_exception_only(KeyError('k')), traceback.format_exception_only(None))
traceback.print_exception(saved)
raise saved
