"""Additional handlers: rotating and watched files, buffering in memory,
and handing records over a queue to another thread.

https://docs.python.org/3.11/library/logging.handlers.html

(The network handlers -- Socket, Datagram, SysLog, SMTP, HTTP -- are not
provided yet: pys has no socket module.)
"""

import io
import os
import re
import time
import copy
import queue
import threading

import logging

DEFAULT_TCP_LOGGING_PORT = 9020
DEFAULT_UDP_LOGGING_PORT = 9021
DEFAULT_HTTP_LOGGING_PORT = 9022
DEFAULT_SOAP_LOGGING_PORT = 9023
SYSLOG_UDP_PORT = 514
SYSLOG_TCP_PORT = 514

_MIDNIGHT = 24 * 60 * 60


def _text_encoding(mode, encoding):
    if "b" not in mode and hasattr(io, 'text_encoding'):
        return io.text_encoding(encoding)
    return encoding


class BaseRotatingHandler(logging.FileHandler):
    """A FileHandler that may roll the file over before writing a record;
    subclasses decide when (shouldRollover) and how (doRollover)."""

    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None,
                 delay=False, errors=None):
        super().__init__(filename, mode=mode, encoding=encoding,
                         delay=delay, errors=errors)
        self.mode, self.encoding, self.errors = mode, encoding, errors

    def emit(self, record):
        """Roll over first if the record calls for it, then write."""
        try:
            rollover = self.shouldRollover(record)
            if rollover:
                self.doRollover()
            super().emit(record)
        except Exception:
            self.handleError(record)

    def rotation_filename(self, default_name):
        """The name a rotated file gets: `namer(default_name)` if set."""
        namer = self.namer
        return namer(default_name) if callable(namer) else default_name

    def rotate(self, source, dest):
        """Move `source` to `dest` (or let `rotator` do it)."""
        rotator = self.rotator
        if callable(rotator):
            rotator(source, dest)
        elif os.path.exists(source):
            os.rename(source, dest)

    def _release_stream(self):
        current, self.stream = self.stream, None
        if current:
            current.close()

    def _reopen(self):
        self.stream = self._open()

    def _not_a_plain_file(self):
        # rolling over a device or fifo (e.g. /dev/null) makes no sense
        name = self.baseFilename
        return os.path.exists(name) and not os.path.isfile(name)


class RotatingFileHandler(BaseRotatingHandler):
    """Rolls over when the file would exceed maxBytes, keeping backupCount
    old files app.log.1 ... app.log.N."""

    def __init__(self, filename, mode='a', maxBytes=0,
                 backupCount=0, encoding=None, delay=False,
                 errors=None):
        if maxBytes > 0:
            mode = 'a'     # truncating on open would defeat the rotation
        super().__init__(filename, mode, _text_encoding(mode, encoding),
                         delay, errors)
        self.maxBytes, self.backupCount = maxBytes, backupCount

    def doRollover(self):
        self._release_stream()
        if self.backupCount > 0:
            base = self.baseFilename
            for n in range(self.backupCount - 1, 0, -1):
                older = self.rotation_filename("%s.%d" % (base, n))
                newer = self.rotation_filename("%s.%d" % (base, n + 1))
                if os.path.exists(older):
                    if os.path.exists(newer):
                        os.remove(newer)
                    os.rename(older, newer)
            first = self.rotation_filename(base + ".1")
            if os.path.exists(first):
                os.remove(first)
            self.rotate(base, first)
        if not self.delay:
            self._reopen()

    def shouldRollover(self, record):
        """Whether writing `record` would reach maxBytes."""
        if self._not_a_plain_file():
            return False
        if self.stream is None:
            self._reopen()
        limit = self.maxBytes
        if limit <= 0:
            return False
        size = len(self.format(record)) + 1
        self.stream.seek(0, 2)
        return self.stream.tell() + size >= limit


_WHEN = {
    # when: (seconds per unit, suffix for strftime, pattern of the suffix)
    'S': (1, "%Y-%m-%d_%H-%M-%S",
          r"^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}(\.\w+)?$"),
    'M': (60, "%Y-%m-%d_%H-%M", r"^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}(\.\w+)?$"),
    'H': (60 * 60, "%Y-%m-%d_%H", r"^\d{4}-\d{2}-\d{2}_\d{2}(\.\w+)?$"),
    'D': (_MIDNIGHT, "%Y-%m-%d", r"^\d{4}-\d{2}-\d{2}(\.\w+)?$"),
    'MIDNIGHT': (_MIDNIGHT, "%Y-%m-%d", r"^\d{4}-\d{2}-\d{2}(\.\w+)?$"),
    'W': (_MIDNIGHT * 7, "%Y-%m-%d", r"^\d{4}-\d{2}-\d{2}(\.\w+)?$"),
}


class TimedRotatingFileHandler(BaseRotatingHandler):
    """Rolls over at intervals: when='S', 'M', 'H', 'D', 'MIDNIGHT' or
    'W0'..'W6' (weekday, 0 is Monday), times `interval`."""

    def __init__(self, filename, when='h', interval=1,
                 backupCount=0, encoding=None, delay=False,
                 utc=False, atTime=None, errors=None):
        super().__init__(filename, 'a', _text_encoding('a', encoding),
                         delay, errors)
        self.when, self.backupCount = when.upper(), backupCount
        self.utc, self.atTime = utc, atTime
        key = self.when
        if key.startswith('W'):
            if len(key) != 2:
                raise ValueError("You must specify a day for weekly rollover "
                                 "from 0 to 6 (0 is Monday): %s" % self.when)
            if key[1] < '0' or key[1] > '6':
                raise ValueError("Invalid day specified for weekly "
                                 "rollover: %s" % self.when)
            self.dayOfWeek = int(key[1])
            key = 'W'
        if key not in _WHEN:
            raise ValueError("Invalid rollover interval specified: %s"
                             % self.when)
        unit, self.suffix, pattern = _WHEN[key]
        self.extMatch = re.compile(pattern, re.ASCII)
        self.interval = unit * interval
        name = self.baseFilename
        start = (os.stat(name).st_mtime if os.path.exists(name)
                 else int(time.time()))
        self.rolloverAt = self.computeRollover(start)

    def computeRollover(self, currentTime):
        """The time of the next rollover after `currentTime`."""
        if self.when != 'MIDNIGHT' and not self.when.startswith('W'):
            return currentTime + self.interval
        parts = time.gmtime(currentTime) if self.utc else time.localtime(currentTime)
        now_secs = (parts[3] * 60 + parts[4]) * 60 + parts[5]
        weekday = parts[6]
        if self.atTime is None:
            target = _MIDNIGHT
        else:
            at = self.atTime
            target = (at.hour * 60 + at.minute) * 60 + at.second
        wait = target - now_secs
        if wait < 0:
            wait += _MIDNIGHT
            weekday = (weekday + 1) % 7
        result = currentTime + wait
        if self.when.startswith('W') and weekday != self.dayOfWeek:
            days = (self.dayOfWeek - weekday) % 7
            result += days * _MIDNIGHT
        return result

    def shouldRollover(self, record):
        if self._not_a_plain_file():
            return False
        return int(time.time()) >= self.rolloverAt

    def getFilesToDelete(self):
        """The oldest rotated files beyond backupCount."""
        folder, base = os.path.split(self.baseFilename)
        lead = base + "."
        found = []
        for name in os.listdir(folder):
            if name.startswith(lead) and self.extMatch.match(name[len(lead):]):
                found.append(os.path.join(folder, name))
        found.sort()
        if len(found) <= self.backupCount:
            return []
        return found[:len(found) - self.backupCount]

    def doRollover(self):
        self._release_stream()
        now = int(time.time())
        start = self.rolloverAt - self.interval
        stamp = time.gmtime(start) if self.utc else time.localtime(start)
        dest = self.rotation_filename(self.baseFilename + "." +
                                      time.strftime(self.suffix, stamp))
        if os.path.exists(dest):
            os.remove(dest)
        self.rotate(self.baseFilename, dest)
        if self.backupCount > 0:
            for old in self.getFilesToDelete():
                os.remove(old)
        if not self.delay:
            self._reopen()
        nxt = self.computeRollover(now)
        while nxt <= now:
            nxt += self.interval
        self.rolloverAt = nxt


class WatchedFileHandler(logging.FileHandler):
    """Reopens its file when it was moved or removed (by logrotate) since
    the last record."""

    def __init__(self, filename, mode='a', encoding=None,
                 delay=False, errors=None):
        super().__init__(filename, mode, _text_encoding(mode, encoding),
                         delay, errors)
        self.dev = self.ino = -1
        self._statstream()

    def _statstream(self):
        if self.stream:
            st = os.fstat(self.stream.fileno())
            self.dev, self.ino = st.st_dev, st.st_ino

    def reopenIfNeeded(self):
        """Reopen the file if the name now designates another file (or
        none)."""
        try:
            st = os.stat(self.baseFilename)
        except FileNotFoundError:
            st = None
        if st and (st.st_dev, st.st_ino) == (self.dev, self.ino):
            return
        old = self.stream
        if old is None:
            return
        old.flush()
        old.close()
        self.stream = None
        self.stream = self._open()
        self._statstream()

    def emit(self, record):
        self.reopenIfNeeded()
        super().emit(record)


class BufferingHandler(logging.Handler):
    """Keeps records in self.buffer; flushes (by default: drops them)
    when shouldFlush() says so."""

    def __init__(self, capacity):
        super().__init__()
        self.capacity, self.buffer = capacity, []

    def shouldFlush(self, record):
        return self.capacity <= len(self.buffer)

    def emit(self, record):
        buf = self.buffer
        buf.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        with self.lock:
            self.buffer.clear()

    def close(self):
        try:
            self.flush()
        finally:
            super().close()


class MemoryHandler(BufferingHandler):
    """Buffers records and passes them to `target` when the buffer is full
    or a record of flushLevel or above arrives."""

    def __init__(self, capacity, flushLevel=logging.ERROR,
                 target=None, flushOnClose=True):
        super().__init__(capacity)
        self.flushLevel, self.target = flushLevel, target
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        full = super().shouldFlush(record)
        return full or record.levelno >= self.flushLevel

    def setTarget(self, target):
        with self.lock:
            self.target = target

    def flush(self):
        # without a target the records stay buffered
        with self.lock:
            dest = self.target
            if dest:
                pending, self.buffer[:] = list(self.buffer), []
                for rec in pending:
                    dest.handle(rec)

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            with self.lock:
                self.target = None
                super().close()


class QueueHandler(logging.Handler):
    """Puts prepared records on a queue (for a QueueListener, perhaps in
    another thread or process)."""

    def __init__(self, queue):
        super().__init__()
        self.queue = queue

    def enqueue(self, record):
        """Hook: put the prepared record on the queue without blocking."""
        q = self.queue
        q.put_nowait(record)

    def prepare(self, record):
        """A copy of the record with the message already merged, and
        without the parts that cannot be pickled."""
        text = self.format(record)
        clone = copy.copy(record)
        clone.message = clone.msg = text
        clone.args = clone.exc_info = clone.exc_text = None
        clone.stack_info = None
        return clone

    def emit(self, record):
        try:
            ready = self.prepare(record)
            self.enqueue(ready)
        except Exception:
            self.handleError(record)


class QueueListener(object):
    """A thread taking records off a queue and giving them to handlers."""

    _sentinel = None

    def __init__(self, queue, *handlers,
                 respect_handler_level=False):
        self.queue, self.handlers, self._thread = queue, handlers, None
        self.respect_handler_level = respect_handler_level

    def dequeue(self, block):
        """Hook: the next record (waiting for it when `block`)."""
        q = self.queue
        return q.get(block)

    def start(self):
        self._thread = worker = threading.Thread(target=self._monitor)
        worker.daemon = True
        worker.start()

    def prepare(self, record):
        return record

    def handle(self, record):
        rec = self.prepare(record)
        picky = self.respect_handler_level
        for h in self.handlers:
            if not picky or rec.levelno >= h.level:
                h.handle(rec)

    def _monitor(self):
        done = getattr(self.queue, 'task_done', None) or (lambda: None)
        while True:
            try:
                item = self.dequeue(True)
            except queue.Empty:
                return
            last = item is self._sentinel
            if not last:
                self.handle(item)
            done()
            if last:
                return

    def enqueue_sentinel(self):
        """Hook: tell the thread to stop after the records before it."""
        q = self.queue
        q.put_nowait(self._sentinel)

    def stop(self):
        """Finish the records already queued, then end the thread."""
        self.enqueue_sentinel()
        self._thread.join()
        self._thread = None
