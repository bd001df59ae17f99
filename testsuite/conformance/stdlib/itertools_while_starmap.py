# itertools.takewhile, dropwhile, starmap and pairwise, with their positional-argument errors
import itertools

data = [1, 4, 6, 2, 8]
print(list(itertools.takewhile(lambda x: x < 5, data)))
print(list(itertools.dropwhile(lambda x: x < 5, data)))
print(list(itertools.starmap(divmod, [(7, 2), (9, 4)])))
print(list(itertools.pairwise([1, 2, 4, 7])), list(itertools.pairwise("a")))
for call in (lambda: itertools.takewhile(bool), lambda: itertools.pairwise(), lambda: itertools.dropwhile(bool, [], x=1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
try:
    list(itertools.starmap(pow, [5]))
except TypeError as e:
    print("TypeError:", e)
