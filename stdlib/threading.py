"""Thread objects and synchronization primitives for pys.

Threads are the VM's green threads (stdlib/_thread.ts): one runs at a time,
the scheduler switches every few milliseconds and whenever a thread blocks.
Everything here is built from _thread's locks, as the threading API
(https://docs.python.org/3.11/library/threading.html) describes it.
"""

import _thread
import sys as _sys
from time import monotonic as _now
from collections import deque as _deque

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock',
           'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread', 'Barrier',
           'BrokenBarrierError', 'Timer', 'ThreadError', 'setprofile',
           'settrace', 'local', 'stack_size', 'excepthook', 'ExceptHookArgs',
           'gettrace', 'getprofile', 'get_native_id']

get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size
local = _thread._local
Lock = _thread.allocate_lock
_new_lock = _thread.allocate_lock


def RLock(*args, **kwargs):
    """A reentrant lock: the thread holding it may acquire it again."""
    return _thread.RLock(*args, **kwargs)


# Tracing and profiling hooks are recorded for the threads started later;
# pys does not call them (sys.settrace is not supported either).
_hooks = {'trace': None, 'profile': None}


def settrace(func):
    _hooks['trace'] = func


def gettrace():
    return _hooks['trace']


def setprofile(func):
    _hooks['profile'] = func


def getprofile():
    return _hooks['profile']


def _deadline(timeout):
    return None if timeout is None else _now() + timeout


def _remaining(deadline):
    return None if deadline is None else max(0.0, deadline - _now())


class Condition:
    """Lets threads wait until another thread notifies them.

    Each waiter parks on a private lock that it holds; notify() releases
    those locks, first come first served.
    """

    def __init__(self, lock=None):
        self._lock = RLock() if lock is None else lock
        self.acquire = self._lock.acquire
        self.release = self._lock.release
        self._parked = _deque()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, t, v, tb):
        return self._lock.__exit__(t, v, tb)

    def __repr__(self):
        return f'<Condition({self._lock!r}, {len(self._parked)})>'

    def _give_up_lock(self):
        lk = self._lock
        if hasattr(lk, '_release_save'):
            return lk._release_save()
        lk.release()
        return None

    def _take_back_lock(self, saved):
        lk = self._lock
        if hasattr(lk, '_acquire_restore'):
            lk._acquire_restore(saved)
        else:
            lk.acquire()

    def _is_owned(self):
        lk = self._lock
        try:
            return lk._is_owned()
        except AttributeError:
            pass
        # a lock of another kind: owned (by someone) when it cannot be taken now
        if lk.acquire(False):
            lk.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError('cannot wait on un-acquired lock')
        gate = _new_lock()
        gate.acquire()
        self._parked.append(gate)
        saved = self._give_up_lock()
        woken = False
        try:
            if timeout is None:
                woken = gate.acquire()
            elif timeout > 0:
                woken = gate.acquire(True, timeout)
            else:
                woken = gate.acquire(False)
            return woken
        finally:
            self._take_back_lock(saved)
            if not woken:
                try:
                    self._parked.remove(gate)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        deadline = _deadline(timeout)
        ok = predicate()
        while not ok:
            left = _remaining(deadline)
            if left is not None and left <= 0:
                break
            self.wait(left)
            ok = predicate()
        return ok

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError('cannot notify on un-acquired lock')
        parked = self._parked
        while n > 0 and parked:
            gate = parked.popleft()
            try:
                gate.release()
            except RuntimeError:
                # its waiter timed out meanwhile and no longer counts
                continue
            n -= 1

    def notify_all(self):
        self.notify(len(self._parked))

    def notifyAll(self):
        import warnings
        warnings.warn('notifyAll() is deprecated, use notify_all() instead',
                      DeprecationWarning, stacklevel=2)
        self.notify_all()


def _at(obj):
    return f'<{type(obj).__module__}.{type(obj).__qualname__} at {id(obj):#x}'


class Semaphore:
    """A counter of permits: acquire() takes one, waiting while none is left."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        return f'{_at(self)}: value={self._value}>'

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        with self._cond:
            if self._value == 0:
                if not blocking:
                    return False
                if not self._cond.wait_for(lambda: self._value > 0, timeout):
                    return False
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, *exc):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        super().__init__(value)
        self._initial_value = value

    def __repr__(self):
        return f'{_at(self)}: value={self._value}/{self._initial_value}>'

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError('Semaphore released too many times')
            self._value += n
            self._cond.notify(n)


class Event:
    """A flag threads can wait on until another thread sets it."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        return f"{_at(self)}: {'set' if self._flag else 'unset'}>"

    def is_set(self):
        return self._flag

    def isSet(self):
        import warnings
        warnings.warn('isSet() is deprecated, use is_set() instead',
                      DeprecationWarning, stacklevel=2)
        return self._flag

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            if self._flag:
                return True
            return self._cond.wait_for(lambda: self._flag, timeout)

    def _at_fork_reinit(self):
        self._cond = Condition(Lock())


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Makes `parties` threads wait for each other, then lets them all go."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition(Lock())
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._arrived = 0
        self._round = 0        # bumped each time the barrier opens
        self._broken = False
        self._leaving = 0      # threads of an opened round not yet gone

    def __repr__(self):
        if self._broken:
            return f'{_at(self)}: broken>'
        return f'{_at(self)}: waiters={self.n_waiting}/{self._parties}>'

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            # a reset() in progress: wait until its threads have left
            self._cond.wait_for(lambda: self._leaving == 0)
            if self._broken:
                raise BrokenBarrierError
            my_round = self._round
            index = self._arrived
            self._arrived += 1
            if self._arrived == self._parties:
                if self._action is not None:
                    try:
                        self._action()
                    except BaseException:
                        self._break()
                        raise
                self._arrived = 0
                self._round += 1
                self._cond.notify_all()
                return index
            opened = self._cond.wait_for(
                lambda: self._round != my_round or self._broken, timeout)
            if self._round != my_round:
                return index
            if not opened:
                self._break()
            self._arrived -= 1
            self._cond.notify_all()
            raise BrokenBarrierError

    def _break(self):
        self._broken = True
        self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._arrived:
                self._leaving = self._arrived
                self._broken = True
                self._cond.notify_all()
                self._cond.wait_for(lambda: self._arrived == 0)
                self._leaving = 0
                self._cond.notify_all()
            self._broken = False
            self._round += 1

    def abort(self):
        with self._cond:
            self._break()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._arrived if not self._broken else 0

    @property
    def broken(self):
        return self._broken


# ---- threads ------------------------------------------------------------------

_registry_lock = _new_lock()
_live = {}           # ident -> Thread, while running
_started_order = []  # non-daemon threads started through Thread.start
_serial = 0


def _next_serial():
    global _serial
    _serial += 1
    return _serial


class ExceptHookArgs(tuple):
    """threading.excepthook's argument: (exc_type, exc_value, exc_traceback, thread)."""

    n_fields = n_sequence_fields = 4
    n_unnamed_fields = 0

    def __new__(cls, args):
        args = tuple(args)
        if len(args) != 4:
            raise TypeError(f'threading.ExceptHookArgs() takes a 4-sequence ({len(args)}-sequence given)')
        return super().__new__(cls, args)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])

    def __repr__(self):
        return ('ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, thread=%r)'
                % tuple(self))


def excepthook(args, /):
    """Prints an exception that ended a thread, with its traceback."""
    if args.exc_type is SystemExit:
        return
    out = _sys.stderr
    if out is None:
        if args.thread is None:
            return
        out = getattr(args.thread, '_stderr', None)
        if out is None:
            return
    name = args.thread.name if args.thread is not None else get_ident()
    import traceback
    out.write(f'Exception in thread {name}:\n')
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=out)
    out.flush()


__excepthook__ = excepthook


class Thread:
    """A thread of control running `target` (or an overridden run())."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None,
                 *, daemon=None):
        if group is not None:
            raise AssertionError('group argument must be None for now')
        if name is not None:
            name = str(name)
        else:
            n = _next_serial()
            name = f'Thread-{n}'
            if target is not None:
                tname = getattr(target, '__name__', None)
                if tname is not None:
                    name = f'{name} ({tname})'
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        if daemon is None:
            daemon = current_thread().daemon
        self._daemonic = daemon
        self._ident = None
        self._native_id = None
        self._started = Event()
        self._finished = False
        self._done_lock = None
        self._stderr = _sys.stderr
        self._initialized = True

    def __repr__(self):
        if not self._initialized:
            raise AssertionError('Thread.__init__() was not called')
        if self._finished:
            state = 'stopped'
        elif self._started.is_set():
            state = 'started'
        else:
            state = 'initial'
        if self._daemonic:
            state += ' daemon'
        if self._ident is not None:
            state += f' {self._ident}'
        return f'<{type(self).__name__}({self._name}, {state})>'

    def start(self):
        if not self._initialized:
            raise RuntimeError('thread.__init__() not called')
        if self._started.is_set() or self._done_lock is not None:
            raise RuntimeError('threads can only be started once')
        self._done_lock = _new_lock()
        self._done_lock.acquire()
        _thread._start_thread(self._bootstrap_inner, self._daemonic)
        self._started.wait()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # don't keep the arguments alive once the thread is done
            del self._target, self._args, self._kwargs

    def _bootstrap_inner(self):
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _registry_lock:
            _live[self._ident] = self
        self._started.set()
        try:
            self.run()
        except BaseException as e:
            hook = globals()['excepthook']
            try:
                hook(ExceptHookArgs((type(e), e, e.__traceback__, self)))
            except BaseException as e2:
                _sys.stderr.write('Exception in threading.excepthook:\n')
                import traceback
                traceback.print_exception(type(e2), e2, e2.__traceback__)
            finally:
                del e
        finally:
            with _registry_lock:
                _live.pop(self._ident, None)
            self._finished = True
            self._done_lock.release()

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if not self._started.is_set():
            raise RuntimeError('cannot join thread before it is started')
        if self is current_thread():
            raise RuntimeError('cannot join current thread')
        if self._finished:
            return
        if timeout is None:
            got = self._done_lock.acquire()
        else:
            got = self._done_lock.acquire(True, max(timeout, 0))
        if got:
            self._done_lock.release()

    def is_alive(self):
        return self._started.is_set() and not self._finished

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = str(value)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._native_id

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if self._started.is_set():
            raise RuntimeError('cannot set daemon status of active thread')
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name='MainThread', daemon=False)
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._started.set()
        _live[self._ident] = self


class _DummyThread(Thread):
    """Stands for a thread started by _thread, seen by current_thread()."""

    def __init__(self):
        Thread.__init__(self, name=f'Dummy-{_next_serial()}', daemon=True)
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._started.set()
        _live[self._ident] = self

    def join(self, timeout=None):
        raise AssertionError('cannot join a dummy thread')


class Timer(Thread):
    """Calls function(*args, **kwargs) after `interval` seconds, unless cancelled."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


def current_thread():
    t = _live.get(get_ident())
    return t if t is not None else _DummyThread()


def currentThread():
    import warnings
    warnings.warn('currentThread() is deprecated, use current_thread() instead',
                  DeprecationWarning, stacklevel=2)
    return current_thread()


def main_thread():
    return _main


def enumerate():
    with _registry_lock:
        return list(_live.values())


def active_count():
    with _registry_lock:
        return len(_live)


def activeCount():
    import warnings
    warnings.warn('activeCount() is deprecated, use active_count() instead',
                  DeprecationWarning, stacklevel=2)
    return active_count()


_main = _MainThread()
