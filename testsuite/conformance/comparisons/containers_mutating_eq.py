# Lookups whose __eq__ or __hash__ raises or changes the container being searched: dicts, sets, lists, deques
# and list comparisons must give CPython's results and errors, and leave every object intact.
from collections import deque


class Fail(Exception):
    pass


class Key:
    def __init__(self, name, h=1, on_eq=None):
        self.name = name
        self.h = h
        self.on_eq = on_eq

    def __hash__(self):
        if self.h is None:
            raise Fail(f'hash of {self.name}')
        return self.h

    def __eq__(self, other):
        if self.on_eq:
            return self.on_eq(self, other)
        return isinstance(other, Key) and self.name == other.name

    def __repr__(self):
        return self.name


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


def raiser(self, other):
    raise Fail(f'{self.name} == {other!r}')


# A raising __eq__ while probing a dict and a set.
d = {Key('a', on_eq=raiser): 1, Key('b', 2): 2}
show('dict get', lambda: d.get(Key('x')))
show('dict in', lambda: Key('x') in d)
show('dict set', lambda: d.__setitem__(Key('y'), 3))
show('dict pop', lambda: d.pop(Key('x')))
show('dict hash fail', lambda: d[Key('h', None)])
print('dict after', d)
s = {Key('a', on_eq=raiser), Key('b', 2)}
show('set in', lambda: Key('x') in s)
show('set add', lambda: s.add(Key('y')))
show('set discard', lambda: s.discard(Key('x')))
show('set hash fail', lambda: s.add(Key('h', None)))
print('set after', sorted(s, key=repr))

# An __eq__ that empties or refills the dict it is being looked up in.
target = {}


def clear_target(self, other):
    target.clear()
    return False


def refill_target(self, other):
    target.clear()
    for i in range(20):
        target[Key(f'n{i}', 100 + i)] = i
    return False


target[Key('c', on_eq=clear_target)] = 'c'
show('dict cleared by eq', lambda: target.get(Key('z')))
print('target', target)
target.clear()
target[Key('r', on_eq=refill_target)] = 'r'
show('dict refilled by eq', lambda: target.get(Key('z')))
print('target', len(target), sorted(target.values()))
target.clear()
target[Key('c', on_eq=clear_target)] = 'c'
show('dict store while cleared', lambda: target.__setitem__(Key('z'), 'z'))
print('target', target)

sset = set()


def clear_set(self, other):
    sset.clear()
    return False


def refill_set(self, other):
    sset.clear()
    for i in range(30):
        sset.add(Key(f'm{i}', 200 + i))
    return False


sset.add(Key('c', on_eq=clear_set))
show('set cleared by eq', lambda: Key('z') in sset)
print('sset', sset)
sset.add(Key('r', on_eq=refill_set))
show('set refilled by eq', lambda: Key('z') in sset)
print('sset', len(sset))
sset.clear()
sset.add(Key('r', on_eq=refill_set))
show('set remove refilled', lambda: sset.remove(Key('z')))
print('sset', len(sset))

# Lists: membership, index, count, remove and comparison with an __eq__ that shrinks the list.
lst = []


def shrink(self, other):
    if lst:
        lst.pop()
    return False


lst.extend([Key('p', on_eq=shrink), Key('q', on_eq=shrink), Key('r', on_eq=shrink), Key('s', on_eq=shrink)])
show('list in', lambda: Key('z') in lst)
print('lst', lst)
lst.extend([Key('p', on_eq=shrink), Key('q', on_eq=shrink), Key('r', on_eq=shrink)])
show('list count', lambda: lst.count(Key('z')))
print('lst', lst)
lst[:] = [Key('p', on_eq=shrink), Key('q', on_eq=shrink), Key('r', on_eq=shrink)]
show('list index', lambda: lst.index(Key('z')))
lst[:] = [Key('p', on_eq=shrink), Key('q', on_eq=shrink), Key('r', on_eq=shrink)]
show('list remove', lambda: lst.remove(Key('z')))
print('lst', lst)


def shrink_true(self, other):
    lst.clear()
    return True


lst[:] = [Key('p'), Key('t', on_eq=shrink_true), Key('u')]
show('list remove cleared', lambda: lst.remove(Key('t')))
print('lst', lst)

other = [Key('p'), Key('q'), Key('r')]
lst[:] = [Key('p', on_eq=shrink), Key('q', on_eq=shrink), Key('r', on_eq=shrink)]
show('list ==', lambda: lst == other)
lst[:] = [Key('p', on_eq=shrink), Key('q', on_eq=shrink), Key('r', on_eq=shrink)]
show('list <', lambda: lst < [Key('p'), Key('q'), Key('r'), Key('s')])
print('lst', lst)
show('list == raising', lambda: [Key('a', on_eq=raiser)] == [Key('b')])

dq = deque()


def shrink_dq(self, other):
    dq.pop()
    return False


dq.extend([Key('a', on_eq=shrink_dq), Key('b'), Key('c')])
show('deque remove mutated', lambda: dq.remove(Key('z')))
print('dq', dq)
dq.extend([Key('a', on_eq=shrink_dq), Key('b')])
show('deque in mutated', lambda: Key('z') in dq)
print('dq', dq)

# dict equality and values() membership with an __eq__ that changes the dicts.
d1 = {}
d2 = {}


def drop_all(self, other):
    d1.clear()
    d2.clear()
    return True


d1['k'] = Key('v1', on_eq=drop_all)
d1['l'] = Key('v2')
d2['k'] = Key('w1')
d2['l'] = Key('w2')
show('dict ==', lambda: d1 == d2)
print('d1', d1, 'd2', d2)
d1['k'] = Key('v1', on_eq=drop_all)
d1['l'] = Key('v2')
show('values in', lambda: Key('zz') in d1.values())
print('d1', d1)
