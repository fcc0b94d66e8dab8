"""Private helper of the logging package: Logger, the root logger, the
Manager of the dotted-name tree, LoggerAdapter, basicConfig and the
module-level logging functions (all re-exported by logging).

Package-level switches (raiseExceptions, lastResort, _srcfile) are read
from the logging module at call time, as programs assign them there.

The per-level methods (debug ... critical) of Logger and LoggerAdapter and
the module functions of the same names are generated from one table, so
they cannot drift apart.
"""

import sys
import io
import warnings
import types

from logging._records import (
    CRITICAL, ERROR, WARNING, INFO, DEBUG, NOTSET, _lock, _checkLevel,
    getLevelName, Filterer,
)
import logging._records as _records
from logging._format import _STYLES, Formatter

_pkg = sys.modules['logging']

# name of the convenience method -> level it logs at
_LEVEL_METHODS = (('debug', DEBUG), ('info', INFO), ('warning', WARNING),
                  ('error', ERROR), ('critical', CRITICAL))

_NO_CALLER = ("(unknown file)", 0, "(unknown function)", None)


def _deprecated_warn(kind):
    warnings.warn("The 'warn' %s is deprecated, use 'warning' instead" % kind,
                  DeprecationWarning, 3)


def _must_be_logger_class(klass):
    if klass is not Logger and not issubclass(klass, Logger):
        raise TypeError("logger not derived from logging.Logger: %s"
                        % klass.__name__)


class PlaceHolder(object):
    """Occupies a dotted name that has no logger yet, remembering the
    loggers created below it."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        self.loggerMap.setdefault(alogger, None)


_loggerClass = None     # Logger, once defined below


def setLoggerClass(klass):
    """Make getLogger() create instances of `klass` (a Logger subclass)."""
    global _loggerClass
    _must_be_logger_class(klass)
    _loggerClass = klass


def getLoggerClass():
    """The class getLogger() instantiates."""
    return _loggerClass


class Manager(object):
    """Owns the tree of loggers below one root."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable, self.emittedNoHandlerWarning = 0, False
        self.loggerDict = {}
        self.loggerClass = self.logRecordFactory = None

    @property
    def disable(self):
        return self._disable

    @disable.setter
    def disable(self, value):
        self._disable = _checkLevel(value)

    def getLogger(self, name):
        """The logger called `name`, created and linked into the tree on
        first request."""
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        with _lock:
            node = self.loggerDict.get(name)
            if node is not None and not isinstance(node, PlaceHolder):
                return node
            made = (self.loggerClass or _loggerClass)(name)
            made.manager = self
            self.loggerDict[name] = made
            if node is not None:
                self._fixupChildren(node, made)
            self._fixupParents(made)
            return made

    def setLoggerClass(self, klass):
        _must_be_logger_class(klass)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _fixupParents(self, alogger):
        # walk the dotted prefixes from the longest: the first real logger
        # is the parent; prefixes without a logger get or join a placeholder
        table = self.loggerDict
        parent = None
        name = alogger.name
        end = name.rfind(".")
        while end > 0 and parent is None:
            prefix = name[:end]
            slot = table.get(prefix)
            if slot is None:
                table[prefix] = PlaceHolder(alogger)
            elif isinstance(slot, PlaceHolder):
                slot.append(alogger)
            else:
                parent = slot
            end = name.rfind(".", 0, end - 1)
        alogger.parent = self.root if parent is None else parent

    def _fixupChildren(self, ph, alogger):
        # loggers that hung from an ancestor above the placeholder now hang
        # from alogger (a nearer parent below alogger is kept)
        for below in ph.loggerMap:
            if not below.parent.name.startswith(alogger.name):
                alogger.parent, below.parent = below.parent, alogger

    def _clear_cache(self):
        with _lock:
            self.root._cache.clear()
            for node in self.loggerDict.values():
                if not isinstance(node, PlaceHolder):
                    node._cache.clear()


class Logger(Filterer):
    """A named channel: records at or above its effective level go to its
    handlers and, while propagate is true, to its ancestors' handlers."""

    def __init__(self, name, level=NOTSET):
        super().__init__()
        self.name, self.level, self.parent = name, _checkLevel(level), None
        self.propagate = True
        self.handlers = []
        self.disabled = False
        self._cache = {}

    def setLevel(self, level):
        self.level = _checkLevel(level)
        self.manager._clear_cache()

    def log(self, level, msg, *args, **kwargs):
        """Log 'msg % args' at the integer severity `level`."""
        if not isinstance(level, int):
            if _pkg.raiseExceptions:
                raise TypeError("level must be an integer")
        elif self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        """(filename, lineno, function name, stack text or None) of the
        `stacklevel`-th frame outside the logging package."""
        frame = _pkg.currentframe()
        if frame is None:
            return _NO_CALLER
        internal = _pkg._is_internal_frame
        remaining = stacklevel
        while remaining > 0 and frame.f_back is not None:
            frame = frame.f_back
            if not internal(frame):
                remaining -= 1
        sinfo = None
        if stack_info:
            buf = io.StringIO()
            buf.write("Stack (most recent call last):\n")
            _pkg.traceback.print_stack(frame, file=buf)
            sinfo = buf.getvalue().removesuffix('\n')
        code = frame.f_code
        return code.co_filename, frame.f_lineno, code.co_name, sinfo

    def makeRecord(self, name, level, fn, lno, msg, args,
                   exc_info, func=None, extra=None,
                   sinfo=None):
        """Factory hook: the record for one logging call, with `extra`
        merged in (it may not replace the record's own attributes)."""
        rec = _records._logRecordFactory(name, level, fn, lno, msg, args,
                                         exc_info, func, sinfo)
        for key in (extra if extra is not None else ()):
            if key in ("message", "asctime") or key in rec.__dict__:
                raise KeyError(f"Attempt to overwrite {key!r} in LogRecord")
            rec.__dict__[key] = extra[key]
        return rec

    def _log(self, level, msg, args, exc_info=None, extra=None,
             stack_info=False, stacklevel=1):
        where = _NO_CALLER
        if _pkg._srcfile:
            try:
                where = self.findCaller(stack_info, stacklevel)
            except ValueError:
                pass
        if exc_info and type(exc_info) is not tuple:
            # an exception instance, or a true value meaning "the current one"
            is_exc = isinstance(exc_info, BaseException)
            exc_info = ((type(exc_info), exc_info, exc_info.__traceback__)
                        if is_exc else sys.exc_info())
        path, line, func, sinfo = where
        self.handle(self.makeRecord(self.name, level, path, line, msg, args,
                                    exc_info, func, extra, sinfo))

    def handle(self, record):
        if self.disabled or not self.filter(record):
            return
        self.callHandlers(record)

    def addHandler(self, hdlr):
        with _lock:
            current = self.handlers
            if hdlr not in current:
                current.append(hdlr)

    def removeHandler(self, hdlr):
        with _lock:
            current = self.handlers
            if hdlr in current:
                current.remove(hdlr)

    def _chain(self):
        # this logger and the ancestors records propagate to
        node = self
        while node:
            yield node
            node = node.parent if node.propagate else None

    def hasHandlers(self):
        """Whether a record logged here would meet any handler."""
        return any(node.handlers for node in self._chain())

    def callHandlers(self, record):
        """Give the record to every handler up the propagation chain; when
        there is none at all, to logging.lastResort."""
        seen = 0
        for node in self._chain():
            for handler in node.handlers:
                seen += 1
                if record.levelno >= handler.level:
                    handler.handle(record)
        if seen:
            return
        fallback = _pkg.lastResort
        if fallback:
            if record.levelno >= fallback.level:
                fallback.handle(record)
            return
        manager = self.manager
        if _pkg.raiseExceptions and not manager.emittedNoHandlerWarning:
            sys.stderr.write('No handlers could be found for logger "%s"\n'
                             % self.name)
            manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        """The first non-zero level on the way up to the root."""
        node = self
        while node:
            if node.level:
                return node.level
            node = node.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled:
            return False
        cache = self._cache
        if level not in cache:
            with _lock:
                cache[level] = (self.manager.disable < level
                                and level >= self.getEffectiveLevel())
        return cache[level]

    def getChild(self, suffix):
        """The logger `suffix` below this one ('a.b' + 'c' -> 'a.b.c')."""
        if self is not self.root:
            suffix = "%s.%s" % (self.name, suffix)
        return self.manager.getLogger(suffix)

    def __repr__(self):
        shown = getLevelName(self.getEffectiveLevel())
        return '<%s %s (%s)>' % (type(self).__name__, self.name, shown)

    def __reduce__(self):
        return getLogger, (self.name,)


class RootLogger(Logger):
    """The logger called 'root' at the top of the tree."""

    def __init__(self, level):
        super().__init__("root", level)

    def __reduce__(self):
        return getLogger, ()


_loggerClass = Logger


class LoggerAdapter(object):
    """Wraps a logger to add contextual `extra` data to every call."""

    def __init__(self, logger, extra=None):
        self.logger, self.extra = logger, extra

    def process(self, msg, kwargs):
        """Hook: the (msg, kwargs) actually passed to the logger."""
        kwargs["extra"] = self.extra
        return msg, kwargs

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            text, options = self.process(msg, kwargs)
            self.logger.log(level, text, *args, **options)

    def _log(self, level, msg, args, exc_info=None, extra=None,
             stack_info=False):
        return self.logger._log(level, msg, args, exc_info=exc_info,
                                extra=extra, stack_info=stack_info)

    manager = property(lambda self: self.logger.manager,
                       lambda self, value: setattr(self.logger, 'manager',
                                                   value))
    name = property(lambda self: self.logger.name)

    def __repr__(self):
        inner = self.logger
        level = getLevelName(inner.getEffectiveLevel())
        return '<%s %s (%s)>' % (type(self).__name__, inner.name, level)

    __class_getitem__ = classmethod(types.GenericAlias)


def _install_level_methods():
    # debug() ... critical(), then the derived fatal(), exception(), warn()
    def for_logger(level):
        def method(self, msg, *args, **kwargs):
            if self.isEnabledFor(level):
                self._log(level, msg, args, **kwargs)
        return method

    def for_adapter(level):
        def method(self, msg, *args, **kwargs):
            self.log(level, msg, *args, **kwargs)
        return method

    def same_as(target):
        def method(self, msg, *args, **kwargs):
            getattr(self, target)(msg, *args, **kwargs)
        return method

    def with_traceback(target):
        def method(self, msg, *args, exc_info=True, **kwargs):
            getattr(self, target)(msg, *args, exc_info=exc_info, **kwargs)
        return method

    def deprecated(target):
        def method(self, msg, *args, **kwargs):
            _deprecated_warn("method")
            getattr(self, target)(msg, *args, **kwargs)
        return method

    def put(cls, name, fn, doc):
        fn.__name__ = name
        fn.__qualname__ = cls.__name__ + "." + name
        fn.__doc__ = doc
        setattr(cls, name, fn)

    for name, level in _LEVEL_METHODS:
        doc = "Log 'msg %% args' at level %s." % getLevelName(level)
        put(Logger, name, for_logger(level), doc)
        put(LoggerAdapter, name, for_adapter(level), doc)
    for cls in (Logger, LoggerAdapter):
        put(cls, 'warn', deprecated('warning'), "Deprecated: use warning().")
        put(cls, 'exception', with_traceback('error'),
            "error() with the current exception's traceback.")
    put(Logger, 'fatal', same_as('critical'), "Same as critical().")

    # an adapter's level queries and settings are its logger's
    def delegate(name):
        def method(self, *args):
            return getattr(self.logger, name)(*args)
        return method

    for name in ('isEnabledFor', 'setLevel', 'getEffectiveLevel',
                 'hasHandlers'):
        put(LoggerAdapter, name, delegate(name),
            "%s() of the wrapped logger." % name)


_install_level_methods()

root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(root)


def getLogger(name=None):
    """The logger called `name`; the root logger when name is empty."""
    if not name or (isinstance(name, str) and name == root.name):
        return root
    return Logger.manager.getLogger(name)


def disable(level=CRITICAL):
    """Drop every record at `level` or below, whatever the loggers say."""
    manager = root.manager
    manager.disable = level
    manager._clear_cache()


# -- basicConfig -------------------------------------------------------------

def _basic_handler(options, encoding, errors):
    filename = options.pop("filename", None)
    mode = options.pop("filemode", 'a')
    if not filename:
        return _pkg.StreamHandler(options.pop("stream", None))
    if 'b' in mode:
        errors = None
    elif hasattr(io, 'text_encoding'):
        encoding = io.text_encoding(encoding)
    return _pkg.FileHandler(filename, mode, encoding=encoding, errors=errors)


def basicConfig(**kwargs):
    """One-shot setup of the root logger: a stream or file handler with a
    formatter; nothing happens if the root already has handlers (unless
    force=True). https://docs.python.org/3.11/library/logging.html#logging.basicConfig"""
    opts = kwargs
    with _lock:
        if opts.pop('force', False):
            for old in list(root.handlers):
                root.removeHandler(old)
                old.close()
        encoding = opts.pop('encoding', None)
        errors = opts.pop('errors', 'backslashreplace')
        if root.handlers:
            return
        chosen = opts.pop("handlers", None)
        has_stream, has_file = "stream" in opts, "filename" in opts
        if chosen is None and has_stream and has_file:
            raise ValueError("'stream' and 'filename' should not be specified together")
        if chosen is not None and (has_stream or has_file):
            raise ValueError("'stream' or 'filename' should not be specified "
                             "together with 'handlers'")
        if chosen is None:
            chosen = [_basic_handler(opts, encoding, errors)]
        datefmt = opts.pop("datefmt", None)
        style = opts.pop("style", '%')
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s' % ','.join(_STYLES))
        shared = Formatter(opts.pop("format", _STYLES[style][1]), datefmt,
                           style)
        for h in chosen:
            if h.formatter is None:
                h.setFormatter(shared)
            root.addHandler(h)
        level = opts.pop("level", None)
        if level is not None:
            root.setLevel(level)
        if opts:
            raise ValueError('Unrecognised argument(s): %s'
                             % ', '.join(opts.keys()))


# -- module-level functions: log on the root, configuring it when bare ------

def _module_function(name):
    def function(msg, *args, **kwargs):
        if not root.handlers:
            basicConfig()
        getattr(root, name)(msg, *args, **kwargs)
    function.__name__ = function.__qualname__ = name
    function.__doc__ = ("Log a message with severity %s on the root logger "
                        "(calling basicConfig() first if it has no handlers)."
                        % name.upper())
    return function


for _name, _level in _LEVEL_METHODS:
    globals()[_name] = _module_function(_name)
del _name, _level


def _derived_function(name, target, flag=None):
    # module-level fatal/exception/warn, defined through their targets
    def function(msg, *args, **kwargs):
        if flag == 'deprecated':
            _deprecated_warn("function")
        elif flag == 'exc_info':
            kwargs.setdefault('exc_info', True)
        globals()[target](msg, *args, **kwargs)
    function.__name__ = function.__qualname__ = name
    return function


fatal = _derived_function('fatal', 'critical')
exception = _derived_function('exception', 'error', 'exc_info')
warn = _derived_function('warn', 'warning', 'deprecated')


def log(level, msg, *args, **kwargs):
    """Log at the integer `level` on the root logger."""
    if not root.handlers:
        basicConfig()
    root.log(level, msg, *args, **kwargs)
