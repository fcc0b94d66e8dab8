"""Synchronized queues for passing work between threads (pys).

https://docs.python.org/3.11/library/queue.html. One lock guards a queue;
three conditions on it let getters wait for items, putters for room and
join() for every task to be marked done.
"""

import threading as _threading
from collections import deque as _deque
from heapq import heappush as _heappush, heappop as _heappop
from time import monotonic as _now

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    """Raised by get(block=False) / get_nowait() on an empty queue."""


class Full(Exception):
    """Raised by put(block=False) / put_nowait() on a full queue."""


def _check_timeout(timeout):
    if timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


class Queue:
    """First in, first out; at most `maxsize` items when maxsize > 0."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = _threading.Lock()
        self.not_empty = _threading.Condition(self.mutex)
        self.not_full = _threading.Condition(self.mutex)
        self.all_tasks_done = _threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    # the storage, overridden by LifoQueue and PriorityQueue
    def _init(self, maxsize):
        self.queue = _deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    def _full(self):
        return 0 < self.maxsize <= self._qsize()

    def task_done(self):
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError('task_done() called too many times')
            self.unfinished_tasks = left
            if left == 0:
                self.all_tasks_done.notify_all()

    def join(self):
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return not self._qsize()

    def full(self):
        with self.mutex:
            return self._full()

    # The three conditions share self.mutex: holding the mutex directly is
    # holding any of them (and skips a Python-level __enter__/__exit__), and
    # a condition is notified only when someone waits on it.
    def put(self, item, block=True, timeout=None):
        with self.mutex:
            if self._full():
                if not block:
                    raise Full
                _check_timeout(timeout)
                if not self.not_full.wait_for(lambda: not self._full(), timeout):
                    raise Full
            self._put(item)
            self.unfinished_tasks += 1
            if self.not_empty._parked:
                self.not_empty.notify()

    def get(self, block=True, timeout=None):
        with self.mutex:
            if not self._qsize():
                if not block:
                    raise Empty
                _check_timeout(timeout)
                if not self.not_empty.wait_for(self._qsize, timeout):
                    raise Empty
            item = self._get()
            if self.not_full._parked:
                self.not_full.notify()
            return item

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    __class_getitem__ = classmethod(type(list[int]))


class PriorityQueue(Queue):
    """Smallest item first (a heap)."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        _heappush(self.queue, item)

    def _get(self):
        return _heappop(self.queue)


class LifoQueue(Queue):
    """Last in, first out (a stack)."""

    def _init(self, maxsize):
        self.queue = []

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue without task tracking."""

    def __init__(self):
        self._items = _deque()
        self._ready = _threading.Condition(_threading.Lock())

    def put(self, item, block=True, timeout=None):
        with self._ready:
            self._items.append(item)
            self._ready.notify()

    def put_nowait(self, item):
        self.put(item)

    def get(self, block=True, timeout=None):
        with self._ready:
            if not self._items:
                if not block:
                    raise Empty
                _check_timeout(timeout)
                if not self._ready.wait_for(lambda: self._items, timeout):
                    raise Empty
            return self._items.popleft()

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._items

    def qsize(self):
        return len(self._items)

    __class_getitem__ = classmethod(type(list[int]))
