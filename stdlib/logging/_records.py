"""Private helper of the logging package: severity levels, the module lock,
LogRecord and its factory, and the filtering machinery (Filter, Filterer).

Everything here is re-exported by logging/__init__.py; the dictionaries of
level names are shared objects, so addLevelName() seen from either module
is the same table.
"""

import sys
import os
import time
import threading
import collections.abc

# -- levels ------------------------------------------------------------------

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {}
_nameToLevel = {}
for _n, _v in (('CRITICAL', CRITICAL), ('ERROR', ERROR), ('WARNING', WARNING),
               ('INFO', INFO), ('DEBUG', DEBUG), ('NOTSET', NOTSET)):
    _levelToName[_v] = _n
    _nameToLevel[_n] = _v
_nameToLevel['FATAL'] = FATAL
_nameToLevel['WARN'] = WARNING
del _n, _v

# One re-entrant lock guards the shared state of the whole package (level
# tables, the logger tree, the handler registry).
_lock = threading.RLock()


def _acquireLock():
    if _lock:
        _lock.acquire()


def _releaseLock():
    if _lock:
        _lock.release()


def getLevelNamesMapping():
    """A copy of the name -> level table."""
    return dict(_nameToLevel)


def getLevelName(level):
    """The name of a numeric level, the number of a level name, or
    'Level N' when neither table knows it."""
    found = _levelToName.get(level)
    if found is None:
        found = _nameToLevel.get(level)
    if found is None:
        return "Level %s" % level
    return found


def addLevelName(level, levelName):
    """Give the numeric `level` the display name `levelName`."""
    with _lock:
        _levelToName[level], _nameToLevel[levelName] = levelName, level


def _checkLevel(level):
    """Turn a level given as int or registered name into its int."""
    if isinstance(level, int):
        return level
    if str(level) != level:
        raise TypeError("Level not an integer or a valid string: %r" % (level,))
    try:
        return _nameToLevel[level]
    except KeyError:
        raise ValueError("Unknown level: %r" % level) from None


# -- records -----------------------------------------------------------------

_startTime = time.time()


def _pkg_flag(name, default=True):
    # logThreads, logProcesses ... are read from the package at record time,
    # so that a program assigning logging.logThreads = False is obeyed.
    pkg = sys.modules.get('logging')
    return getattr(pkg, name, default) if pkg is not None else default


_path_parts = {}    # pathname -> (filename, module), for the few source files


def _file_and_module(pathname):
    known = _path_parts.get(pathname) if isinstance(pathname, str) else None
    if known is None:
        base = os.path.basename(pathname)
        known = (base, os.path.splitext(base)[0])
        if isinstance(pathname, str) and len(_path_parts) < 1024:
            _path_parts[pathname] = known
    return known


def _process_name():
    # multiprocessing knows better, once it is loaded (and fully so)
    loaded = sys.modules.get("multiprocessing")
    try:
        return 'MainProcess' if loaded is None else loaded.current_process().name
    except Exception:
        return 'MainProcess'


class LogRecord(object):
    """One logged event with everything known about it."""

    def __init__(self, name, level, pathname, lineno, msg, args,
                 exc_info, func=None, sinfo=None, **kwargs):
        now = time.time()
        self.name = name
        self.msg = msg
        # a lone non-empty mapping is the source for %(key)s formatting
        if (args and len(args) == 1 and args[0]
                and isinstance(args[0], collections.abc.Mapping)):
            args = args[0]
        self.args = args
        self.levelno, self.levelname = level, getLevelName(level)
        self.pathname = pathname
        try:
            self.filename, self.module = _file_and_module(pathname)
        except (AttributeError, TypeError, ValueError):
            self.filename, self.module = pathname, "Unknown module"
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = now
        self.msecs = int((now - int(now)) * 1000) + 0.0
        self.relativeCreated = (now - _startTime) * 1000
        self.thread = self.threadName = None
        if _pkg_flag('logThreads'):
            self.thread, self.threadName = (threading.get_ident(),
                                            threading.current_thread().name)
        self.processName = (_process_name() if _pkg_flag('logMultiprocessing')
                            else None)
        if _pkg_flag('logProcesses') and hasattr(os, 'getpid'):
            self.process = os.getpid()

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (
            self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        """The user's message with its arguments merged in."""
        text = str(self.msg)
        if self.args:
            text = text % self.args
        return text


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    """Use `factory` (same signature as LogRecord) to create records."""
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    """The callable currently creating records."""
    return _logRecordFactory


def makeLogRecord(dict):
    """A record whose attributes come from `dict` (e.g. one received over
    a socket); the record's own defaults fill in the rest."""
    rec = _logRecordFactory(None, None, "", 0, "", (), None, None)
    rec.__dict__.update(dict)
    return rec


# -- filters -----------------------------------------------------------------

class Filter(object):
    """Passes records of the logger called `name` and of its descendants;
    an empty name passes everything."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if not self.nlen:
            return True
        other = record.name
        if other == self.name:
            return True
        if not other.startswith(self.name):
            return False
        return other[self.nlen:self.nlen + 1] == "."


class Filterer(object):
    """Base of loggers and handlers: keeps a list of filters, each an
    object with a filter(record) method or a plain callable."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        present = self.filters
        if filter not in present:
            present.append(filter)

    def removeFilter(self, filter):
        present = self.filters
        if filter in present:
            present.remove(filter)

    def filter(self, record):
        """False as soon as one filter rejects the record, else True."""
        for flt in self.filters:
            method = getattr(flt, 'filter', None)
            verdict = method(record) if method is not None else flt(record)
            if not verdict:
                return False
        return True
