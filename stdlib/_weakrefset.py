"""WeakSet, and the bookkeeping the weak containers of weakref share.

WeakSet lives here (not in weakref) because that is the module CPython
names for it, so reprs such as `_weakrefset.WeakSet[int]` agree.
https://docs.python.org/3.11/library/weakref.html#weakref.WeakSet
"""

from _weakref import ref
from types import GenericAlias

__all__ = ['WeakSet']


def _death_notice(container, forget):
    # The callback for the weak references a container makes: it holds the
    # container weakly (the container must be free to die first) and calls
    # forget(container, dead_ref) to drop the entry.
    owner_ref = ref(container)

    def referent_died(wr):
        owner = owner_ref()
        if owner is not None:
            forget(owner, wr)
    return referent_died


# Iteration runs over a snapshot of the underlying dict or set. A
# referent's death removes its entry at once, whenever the collector
# reports it, and that must not disturb an iteration in progress; a
# counter of active iterations (CPython's way) would not do here, because
# an abandoned generator is never closed, so the count would never drop.


class WeakSet:
    """A set of objects it references weakly: an element disappears when
    nothing else keeps it alive."""

    def __init__(self, data=None):
        self.data = set()
        self._on_death = _death_notice(self, lambda s, wr: s.data.discard(wr))
        if data is not None:
            self.update(data)

    def _lookup_refs(self, items):
        # references to compare with (no callback: never stored)
        return {ref(x) for x in items}

    def _stored_refs(self, items):
        # references to store, which remove themselves when they die
        return {ref(x, self._on_death) for x in items}

    def __iter__(self):
        for wr in list(self.data):
            item = wr()
            if item is not None:
                yield item

    def __len__(self):
        return len(self.data)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __reduce__(self):
        return type(self), (list(self),), getattr(self, '__dict__', None)

    def __repr__(self):
        return repr(self.data)

    __class_getitem__ = classmethod(GenericAlias)

    # -- mutation --------------------------------------------------------

    def add(self, item):
        self.data.add(ref(item, self._on_death))

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)

    def pop(self):
        while self.data:
            item = self.data.pop()()
            if item is not None:
                return item
        raise KeyError('pop from empty WeakSet')

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    # The named in-place methods do the work; the augmented-assignment
    # operators and the methods returning new sets are made from them.

    def update(self, other):
        for item in other:
            self.add(item)

    def difference_update(self, other):
        if other is self:
            self.data.clear()
        else:
            self.data -= self._lookup_refs(other)

    def intersection_update(self, other):
        self.data &= self._lookup_refs(other)

    def symmetric_difference_update(self, other):
        if other is self:
            self.data.clear()
        else:
            self.data ^= self._stored_refs(other)

    def _in_place(method):
        def operator(self, other):
            method(self, other)
            return self
        return operator

    def _fresh(method, name):
        def make(self, other):
            result = self.copy()
            method(result, other)
            return result
        make.__name__ = name
        make.__qualname__ = 'WeakSet.' + name
        return make

    __ior__ = _in_place(update)
    __isub__ = _in_place(difference_update)
    __iand__ = _in_place(intersection_update)
    __ixor__ = _in_place(symmetric_difference_update)
    union = __or__ = _fresh(update, 'union')
    difference = __sub__ = _fresh(difference_update, 'difference')
    symmetric_difference = __xor__ = _fresh(symmetric_difference_update,
                                            'symmetric_difference')
    del _in_place, _fresh

    def intersection(self, other):
        # the elements come from `other`, as with set.intersection
        return type(self)(x for x in other if x in self)

    __and__ = intersection

    def isdisjoint(self, other):
        return not self.intersection(other)

    # -- comparisons, made on the sets of references ---------------------

    def _against(compare):
        def method(self, other):
            return compare(self.data, self._lookup_refs(other))
        return method

    issubset = __le__ = _against(lambda mine, theirs: mine <= theirs)
    issuperset = __ge__ = _against(lambda mine, theirs: mine >= theirs)
    __lt__ = _against(lambda mine, theirs: mine < theirs)
    __gt__ = _against(lambda mine, theirs: mine > theirs)
    del _against

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.data == self._lookup_refs(other)

    __hash__ = None
