# lru_cache and cache: repeated calls hit the cache (also for recursion), maxsize evicts the least recently
# used entry, cache_info() counts, cache_clear() empties.
from functools import lru_cache, cache

calls = []


@lru_cache(maxsize=2)
def slow_square(n):
    calls.append(n)
    return n * n


print(slow_square(2), slow_square(3), slow_square(2), calls)
slow_square(4)
slow_square(3)
print(calls, slow_square.cache_info())
slow_square(2)
print(calls, slow_square.cache_info())
slow_square.cache_clear()
print(slow_square.cache_info(), slow_square.__name__)


@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info().hits, fib.cache_info().misses)


@lru_cache
def greet(name, punctuation="!"):
    calls.append(name)
    return f"hi {name}{punctuation}"


calls.clear()
print(greet("a"), greet("a"), greet("a", punctuation="?"), greet(name="a"), calls)
