import sys

VERSION = (1, 2)
_CACHE = {"k": 1}
__secret = "hidden"


def greet(name):
    return "hello " + name


def platform_length():
    return len(sys.platform)


def _private():
    return "private helper"
