"""Container datatypes: the collections package, as CPython 3.11 has it.

The classes are written in C++ (the _collections module, runtime/src/modules/collections/); this package
re-exports them and holds the submodule collections.abc (runtime/lib/collections/abc.py).
"""

from _collections import deque, defaultdict, OrderedDict, Counter, namedtuple
# CPython's interpreter imports collections.abc at start-up (site does), so `import collections` alone already
# reaches `collections.abc`: import it here to give pyco's programs the same attribute.
from collections import abc as _collections_abc

__all__ = ['Counter', 'OrderedDict', 'defaultdict', 'deque', 'namedtuple']

_collections_abc.MutableSequence.register(deque)
