"""Issuing warnings and deciding what to do with them.

https://docs.python.org/3.11/library/warnings.html

There is no native _warnings module: the filters, the registries and the
printing all live here. A warning goes through three steps:
  1. warn() finds the code to blame (stacklevel) and its module's
     __warningregistry__, then calls warn_explicit();
  2. warn_explicit() applies the first matching filter of `filters`
     (else `defaultaction`), using the registries to remember what was
     already shown;
  3. the warning is delivered: to a replaced `showwarning` if the program
     installed one, to the list of a catch_warnings(record=True) block, or
     written to sys.stderr as formatwarning() formats it.
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning",
           "filterwarnings", "simplefilter", "resetwarnings",
           "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

# (action, message regex or None, category, module regex or None, lineno);
# the first entry that matches decides.
filters = []
defaultaction = "default"
# (text, category) pairs shown under the "once" action, process-wide
onceregistry = {}

# Bumped whenever `filters` changes: a module's registry remembers the
# version it was filled under and is emptied when that is stale, so a new
# filter applies to warnings that were already shown.
_filters_version = 1

# Set by catch_warnings(record=True): the list collecting WarningMessages.
_record_into = None


def _filters_mutated():
    global _filters_version
    _filters_version += 1


class WarningMessage(object):
    """One warning, as catch_warnings(record=True) lists it."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


# -- formatting and showing ------------------------------------------------

def _format(msg):
    # "file:line: Category: message", then the source line, indented
    text = f"{msg.filename}:{msg.lineno}: {msg.category.__name__}: {msg.message}\n"
    line = msg.line
    if line is None:
        try:
            import linecache
            line = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            line = None
    if line:
        text += "  " + line.strip() + "\n"
    return text


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning() writes for a warning."""
    return _format(WarningMessage(message, category, filename, lineno, None, line))


def _write(msg):
    # The default delivery: to msg.file, or sys.stderr. A failing (or
    # missing) stream loses the warning rather than raising.
    stream = msg.file if msg.file is not None else getattr(sys, "stderr", None)
    if stream is None:
        return
    if formatwarning is _original_formatwarning:
        text = _format(msg)
    else:
        text = formatwarning(msg.message, msg.category, msg.filename,
                             msg.lineno, msg.line)
    try:
        stream.write(text)
    except OSError:
        pass


def _emit(msg):
    if _record_into is not None:
        _record_into.append(msg)
    else:
        _write(msg)


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to a file (sys.stderr by default), or record it
    inside catch_warnings(record=True). Programs may replace this function
    to send warnings elsewhere."""
    _emit(WarningMessage(message, category, filename, lineno, file, line))


_original_showwarning = showwarning
_original_formatwarning = formatwarning


def _deliver(msg):
    hook = showwarning
    if hook is not _original_showwarning:
        if not callable(hook):
            raise TypeError("warnings.showwarning() must be set to a "
                            "function or method")
        hook(msg.message, msg.category, msg.filename, msg.lineno,
             msg.file, msg.line)
    else:
        _emit(msg)


# -- the filters -------------------------------------------------------------

def _install(entry, append):
    # A filter given twice keeps one place: the front, or (append) its
    # first place.
    if append:
        if entry not in filters:
            filters.append(entry)
    else:
        if entry in filters:
            filters.remove(entry)
        filters.insert(0, entry)
    _filters_mutated()


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Add a filter: `action` for the warnings whose text starts with a
    match of the regex `message` (case-insensitively), whose category is
    `category` or a subclass, raised from a module whose name starts with
    a match of `module`, at line `lineno` (0: any). In front of the list
    unless `append`."""
    assert action in _ACTIONS, f"invalid action: {action!r}"
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    text_re = module_re = None
    if message or module:
        import re
        if message:
            text_re = re.compile(message, re.I)
        if module:
            module_re = re.compile(module)
    _install((action, text_re, category, module_re, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter on category and line only (any message, any module)."""
    assert action in _ACTIONS, f"invalid action: {action!r}"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _install((action, None, category, None, lineno), append)


def resetwarnings():
    """Remove all filters (the default action then applies everywhere)."""
    filters[:] = []
    _filters_mutated()


def _matches(pattern, text):
    # a filter field: None matches anything, a plain string (as in the
    # built-in defaults) must be equal, otherwise a compiled regex
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text) is not None


def _choose(text, category, module, lineno):
    for entry in filters:
        action, text_re, kind, module_re, line = entry
        if (issubclass(category, kind) and (line == 0 or line == lineno)
                and _matches(text_re, text) and _matches(module_re, module)):
            return action, entry
    return defaultaction, None


# -- issuing -----------------------------------------------------------------

def _internal(frame):
    # frames of the import machinery are not blamed for warnings
    name = frame.f_code.co_filename
    return 'importlib' in name and '_bootstrap' in name


def _blame(stacklevel):
    # The frame `stacklevel` levels above warn()'s caller, skipping the
    # import machinery when looking above the caller; None past the top.
    frame = sys._getframe(2)
    if stacklevel <= 1 or _internal(frame):
        for _ in range(stacklevel - 1):
            frame = frame.f_back if frame is not None else None
        return frame
    for _ in range(stacklevel - 1):
        frame = frame.f_back
        while frame is not None and _internal(frame):
            frame = frame.f_back
        if frame is None:
            return None
    return frame


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or raise it if a filter says "error". The
    location reported is the caller's, or `stacklevel` - 1 levels above
    it (2: whoever called the function that warns)."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, "
                        "not '{:s}'".format(type(category).__name__))
    frame = _blame(stacklevel)
    if frame is None:
        # beyond the outermost frame: blamed on "sys", as CPython does
        namespace, filename, lineno = sys.__dict__, "sys", 1
    else:
        namespace = frame.f_globals
        filename, lineno = frame.f_code.co_filename, frame.f_lineno
    # a __name__ that is neither None nor a str is ignored
    module = namespace.get('__name__', "<string>")
    if module is not None and not isinstance(module, str):
        module = "<string>"
    registry = namespace.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry,
                  namespace, source)


_NO_MODULE = object()


def warn_explicit(message, category, filename, lineno, module=_NO_MODULE,
                  registry=None, module_globals=None, source=None):
    """warn() with the location given by the caller. `registry` is the
    dict recording what was shown (a module's __warningregistry__).
    Without `module`, the module name is the filename less ".py"; an
    explicit None (code whose __name__ is None) drops the warning."""
    lineno = int(lineno)
    if module is None:
        return
    if module is _NO_MODULE:
        module = filename or "<unknown>"
        if module.endswith(".py"):
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    action, entry = _choose(text, category, module, lineno)
    if action == "ignore":
        return
    # Read the source now: a module loaded by a loader may be gone from
    # sys.modules by the time the warning is printed.
    import linecache
    linecache.getlines(filename, module_globals)
    if action == "error":
        raise message
    if action == "once":
        registry[key] = True
        if onceregistry.get((text, category)):
            return
        onceregistry[(text, category)] = True
    elif action == "module":
        registry[key] = True
        if registry.get((text, category, 0)):
            return
        registry[(text, category, 0)] = True
    elif action == "default":
        registry[key] = True
    elif action != "always":
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s"
                           % (action, entry))
    _deliver(WarningMessage(message, category, filename, lineno, source=source))


# -- catch_warnings ----------------------------------------------------------

class catch_warnings(object):
    """Context manager that saves the filters and showwarning() on entry
    and restores them on exit. With record=True, warnings shown inside the
    block are appended, as WarningMessage objects, to the list that the
    with statement binds. action/category/lineno/append, when action is
    given, apply simplefilter() on entry."""

    def __init__(self, *, record=False, module=None,
                 action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        shown = []
        if self._record:
            shown.append("record=True")
        if self._module is not sys.modules['warnings']:
            shown.append("module=%r" % self._module)
        return f"{type(self).__name__}({', '.join(shown)})"

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        mod = self._module
        self._saved = (mod.filters, mod.showwarning, mod._record_into)
        mod.filters = mod.filters[:]
        mod._filters_mutated()
        if self._filter is not None:
            mod.simplefilter(*self._filter)
        if not self._record:
            return None
        log = []
        mod._record_into = log
        # recording bypasses a showwarning() replaced outside the block
        mod.showwarning = mod._original_showwarning
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        mod = self._module
        mod.filters, mod.showwarning, mod._record_into = self._saved
        mod._filters_mutated()


# -- start-up: the default filters, then -W options ----------------------------

class _OptionError(Exception):
    """A -W option that cannot be parsed."""


def _option_action(text):
    if not text:
        return "default"
    if text == "all":
        return "always"
    for name in ("default", "always", "ignore", "module", "once", "error"):
        if name.startswith(text):
            return name
    raise _OptionError("invalid action: %r" % (text,))


def _option_category(text):
    if not text:
        return Warning
    if '.' in text:
        modname, _, attr = text.rpartition('.')
        try:
            owner = __import__(modname, None, None, [attr])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (modname,)) from None
    else:
        import builtins as owner
        attr = text
    try:
        found = getattr(owner, attr)
    except AttributeError:
        raise _OptionError("unknown warning category: %r" % (text,)) from None
    if not (isinstance(found, type) and issubclass(found, Warning)):
        raise _OptionError("invalid warning category: %r" % (text,))
    return found


def _setoption(arg):
    # -W action:message:category:module:lineno, every field optional;
    # message and module are literal texts here, not regexes
    fields = arg.split(':')
    if len(fields) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    fields = [f.strip() for f in fields] + [''] * (5 - len(fields))
    action, message, category, module, lineno = fields
    action = _option_action(action)
    category = _option_category(category)
    if message or module:
        import re
        message = re.escape(message) if message else ''
        module = re.escape(module) + r'\Z' if module else ''
    if lineno:
        try:
            number = int(lineno)
        except (ValueError, OverflowError):
            number = None
        if number is None or number < 0:
            # the text when it is not a number, else the number
            raise _OptionError("invalid lineno %r" % (lineno if number is None else number,))
        lineno = number
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as problem:
            print("Invalid -W option ignored:", problem, file=sys.stderr)


def _default_filters():
    flags = getattr(sys, "flags", None)
    if getattr(flags, "dev_mode", False):
        return []
    # module given as a plain string: shown in `filters` as CPython's
    # built-in defaults are
    return [("default", None, DeprecationWarning, "__main__", 0),
            ("ignore", None, DeprecationWarning, None, 0),
            ("ignore", None, PendingDeprecationWarning, None, 0),
            ("ignore", None, ImportWarning, None, 0),
            ("ignore", None, ResourceWarning, None, 0)]


filters.extend(_default_filters())
_processoptions(getattr(sys, "warnoptions", []))
