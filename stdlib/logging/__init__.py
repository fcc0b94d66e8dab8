"""The logging package: loggers arranged in a dotted-name hierarchy pass
LogRecords to handlers, which format them and write them somewhere.

https://docs.python.org/3.11/library/logging.html

Records, levels and filters live in logging/_records.py, formatters in
logging/_format.py; this module holds handlers, loggers, the manager of the
logger tree and the module-level conveniences.
"""

import sys
import os
import io
import time
import threading
import traceback
import warnings
import weakref
import types

from logging._records import (
    CRITICAL, FATAL, ERROR, WARNING, WARN, INFO, DEBUG, NOTSET,
    _levelToName, _nameToLevel, _lock, _acquireLock, _releaseLock,
    getLevelName, addLevelName, getLevelNamesMapping, _checkLevel,
    LogRecord, setLogRecordFactory, getLogRecordFactory, makeLogRecord,
    Filter, Filterer, _startTime,
)
import logging._records as _records
from logging._format import (
    PercentStyle, StrFormatStyle, StringTemplateStyle, _STYLES,
    BASIC_FORMAT, Formatter, BufferingFormatter, _defaultFormatter,
)

__all__ = """
    BASIC_FORMAT BufferingFormatter CRITICAL DEBUG ERROR FATAL FileHandler
    Filter Formatter Handler INFO LogRecord Logger LoggerAdapter NOTSET
    NullHandler StreamHandler WARN WARNING addLevelName basicConfig
    captureWarnings critical debug disable error exception fatal
    getLevelName getLogger getLoggerClass info log makeLogRecord
    setLoggerClass shutdown warn warning getLogRecordFactory
    setLogRecordFactory lastResort raiseExceptions getLevelNamesMapping
""".split()

__author__ = "Vinay Sajip <vinay_sajip@red-dove.com>"
__status__ = "production"
__version__ = "0.5.1.2"
__date__ = "07 February 2010"

# the classes defined in the helpers present themselves as logging's own
for _cls in (LogRecord, Filter, Filterer, PercentStyle, StrFormatStyle,
             StringTemplateStyle, Formatter, BufferingFormatter):
    _cls.__module__ = __name__
del _cls

raiseExceptions = True
logThreads = True
logMultiprocessing = True
logProcesses = True

# -- finding the caller ------------------------------------------------------

def currentframe():
    """The frame of the function that called currentframe()."""
    return sys._getframe(1)

# Frames from this package's files are logging's own and are skipped when
# looking for the caller; setting _srcfile to None disables the search.
_srcfile = os.path.normcase(currentframe.__code__.co_filename)


_frame_verdicts = {}    # (co_filename, _srcfile) -> internal or not


def _is_internal_frame(frame):
    # every logging call asks this for several frames: remember the answer
    # per file (there are few source files)
    key = (frame.f_code.co_filename, _srcfile)
    verdict = _frame_verdicts.get(key)
    if verdict is None:
        name = os.path.normcase(key[0])
        ours = bool(_srcfile) and (os.path.dirname(name)
                                   == os.path.dirname(_srcfile))
        verdict = ours or ("importlib" in name and "_bootstrap" in name)
        if len(_frame_verdicts) < 1024:
            _frame_verdicts[key] = verdict
    return verdict

# -- handlers ----------------------------------------------------------------

_handlers = weakref.WeakValueDictionary()   # name -> handler
_handlerList = []   # weak references, oldest first, for shutdown()


def _removeHandlerRef(wr):
    lock, handlers = _lock, _handlerList
    if lock and handlers:
        with lock:
            if wr in handlers:
                handlers.remove(wr)


def _addHandlerRef(handler):
    ref = weakref.ref(handler, _removeHandlerRef)
    with _lock:
        _handlerList.append(ref)


class Handler(Filterer):
    """Base of all handlers: level, filters, formatter, a lock; subclasses
    implement emit()."""

    def __init__(self, level=NOTSET):
        super().__init__()
        self._name, self.formatter, self._closed = None, None, False
        self.level = _checkLevel(level)
        _addHandlerRef(self)
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        with _lock:
            old = self._name
            if old in _handlers:
                del _handlers[old]
            self._name = name
            if name:
                _handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = threading.RLock()

    def _at_fork_reinit(self):
        self.createLock()

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def format(self, record):
        fmt = self.formatter if self.formatter else _defaultFormatter
        return fmt.format(record)

    def emit(self, record):
        raise NotImplementedError("emit must be implemented by Handler subclasses")

    def handle(self, record):
        """Emit the record (under the lock) if the filters pass it; the
        verdict of the filters is returned."""
        passed = self.filter(record)
        if passed:
            self.acquire()
            try:
                self.emit(record)
            finally:
                self.release()
        return passed

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        """Forget the handler's registered name; subclasses release their
        resources and call this too."""
        with _lock:
            self._closed = True
            if self._name:
                _handlers.pop(self._name, None)

    def handleError(self, record):
        """Report an exception raised by emit() on stderr (only while
        raiseExceptions is true), with the calling context."""
        if not (raiseExceptions and sys.stderr):
            return
        etype, value, tb = sys.exc_info()
        err = sys.stderr
        try:
            err.write('--- Logging error ---\n')
            traceback.print_exception(etype, value, tb, None, err)
            err.write('Call stack:\n')
            frame = tb.tb_frame if tb is not None else None
            here = os.path.dirname(__file__)
            while frame and os.path.dirname(frame.f_code.co_filename) == here:
                frame = frame.f_back
            if frame:
                traceback.print_stack(frame, file=err)
            else:
                err.write('Logged from file %s, line %s\n'
                          % (record.filename, record.lineno))
            try:
                err.write('Message: %r\nArguments: %s\n'
                          % (record.msg, record.args))
            except RecursionError:
                raise
            except Exception:
                err.write('Unable to print the message and arguments - '
                          'possible formatting error.\nUse the traceback '
                          'above to help find the error.\n')
        except OSError:
            pass
        finally:
            etype = value = tb = None

    def __repr__(self):
        return '<%s (%s)>' % (type(self).__name__, getLevelName(self.level))


class StreamHandler(Handler):
    """Writes each formatted record plus `terminator` to a stream
    (sys.stderr when none is given)."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        self.acquire()
        try:
            out = self.stream
            if out and hasattr(out, "flush"):
                out.flush()
        finally:
            self.release()

    def emit(self, record):
        try:
            text = self.format(record)
            self.stream.write(text + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Switch to `stream`, returning the previous one (None when it is
        the same stream)."""
        if stream is self.stream:
            return None
        previous = self.stream
        self.acquire()
        try:
            self.flush()
            self.stream = stream
        finally:
            self.release()
        return previous

    def __repr__(self):
        label = str(getattr(self.stream, 'name', ''))
        if label:
            label += ' '
        return '<%s %s(%s)>' % (type(self).__name__, label,
                                getLevelName(self.level))

    __class_getitem__ = classmethod(types.GenericAlias)


class FileHandler(StreamHandler):
    """A StreamHandler on a file it opens itself (at once, or at the first
    record when `delay` is true)."""

    def __init__(self, filename, mode='a', encoding=None, delay=False,
                 errors=None):
        self.baseFilename = os.path.abspath(os.fspath(filename))
        self.mode = mode
        text_mode = "b" not in mode
        if text_mode and hasattr(io, 'text_encoding'):
            encoding = io.text_encoding(encoding)
        self.encoding, self.errors, self.delay = encoding, errors, delay
        self._builtin_open = open
        if not delay:
            super().__init__(self._open())
        else:
            # opened by the first emit()
            Handler.__init__(self)
            self.stream = None

    def close(self):
        self.acquire()
        try:
            try:
                out = self.stream
                if out:
                    try:
                        self.flush()
                    finally:
                        self.stream = None
                        if hasattr(out, "close"):
                            out.close()
            finally:
                StreamHandler.close(self)
        finally:
            self.release()

    def _open(self):
        enc = self.encoding
        if enc == 'locale':
            # pys's open() does not accept 'locale' yet: None means the same
            enc = None
        return self._builtin_open(self.baseFilename, self.mode,
                                  encoding=enc, errors=self.errors)

    def emit(self, record):
        # a handler closed after mode 'w' must not reopen (truncating) the file
        reopen = self.mode != 'w' or not self._closed
        if self.stream is None and reopen:
            self.stream = self._open()
        if self.stream:
            super().emit(record)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.baseFilename,
                                 getLevelName(self.level))


class _StderrHandler(StreamHandler):
    """lastResort: writes to whatever sys.stderr is at the time."""

    def __init__(self, level=NOTSET):
        # StreamHandler.__init__ would store a stream: skip it
        super(StreamHandler, self).__init__(level)

    stream = property(lambda self: sys.stderr)


# used when a record finds no handler at all; programs may replace or
# clear logging.lastResort
lastResort = _defaultLastResort = _StderrHandler(WARNING)


class NullHandler(Handler):
    """Discards everything (for libraries that log but leave the choice of
    handlers to the application)."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None

    _at_fork_reinit = lambda self: None


from logging._loggers import (
    PlaceHolder, Manager, Logger, RootLogger, LoggerAdapter,
    setLoggerClass, getLoggerClass, root, getLogger, disable,
    critical, fatal, error, exception, warning, warn, info, debug, log,
    basicConfig,
)
for _cls in (PlaceHolder, Manager, Logger, RootLogger, LoggerAdapter):
    _cls.__module__ = __name__
del _cls


# -- shutdown and warnings ---------------------------------------------------

def shutdown(handlerList=_handlerList):
    """Flush and close every handler still alive, newest first (registered
    with atexit)."""
    for ref in reversed(list(handlerList)):
        try:
            handler = ref()
            if handler:
                try:
                    handler.acquire()
                    handler.flush()
                    handler.close()
                except (ValueError, OSError):
                    # the stream may be gone already at interpreter exit
                    pass
                finally:
                    handler.release()
        except:
            if raiseExceptions:
                raise


import atexit
atexit.register(shutdown)

_warnings_showwarning = None   # the original, while captureWarnings(True)


def _showwarning(message, category, filename, lineno,
                 file=None, line=None):
    """warnings.showwarning while captureWarnings(True): log the warning
    text on the 'py.warnings' logger unless an explicit file was given."""
    if file is None:
        text = warnings.formatwarning(message, category, filename, lineno,
                                      line)
        target = getLogger("py.warnings")
        if not target.handlers:
            target.addHandler(NullHandler())
        target.warning(str(text))
    elif _warnings_showwarning is not None:
        _warnings_showwarning(message, category, filename, lineno,
                              file, line)


def captureWarnings(capture):
    """Route warnings through logging (True) or back to their original
    destination (False)."""
    global _warnings_showwarning
    original = _warnings_showwarning
    if capture and original is None:
        _warnings_showwarning, warnings.showwarning = (warnings.showwarning,
                                                       _showwarning)
    elif not capture and original is not None:
        warnings.showwarning, _warnings_showwarning = original, None
