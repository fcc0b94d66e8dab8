"""Options and their errors for optparse: the exception classes, the type
checkers and the Option class.

A private part of optparse, split off to keep each file small; every public
name here is re-exported by optparse (and claims it as its module).
https://docs.python.org/3.11/library/optparse.html#option-attributes
"""
# Annotations stay unevaluated strings (PEP 563), so the typing names used
# in them (Iterable, Mapping, Sequence, TextIO) need no import.
from __future__ import annotations

from _optparse_help import NO_DEFAULT


def _tagged_repr(obj: object) -> str:
    return "<%s at 0x%x: %s>" % (type(obj).__name__, id(obj), obj)


# ---------------------------------------------------------------- exceptions

class OptParseError(Exception):
    def __init__(self, msg: str) -> None:
        self.msg = msg

    def __str__(self) -> str:
        return self.msg


class OptionError(OptParseError):
    """An Option was built with invalid or inconsistent arguments."""

    def __init__(self, msg: str, option: Option) -> None:
        self.msg = msg
        self.option_id = str(option)

    def __str__(self) -> str:
        if not self.option_id:
            return self.msg
        return "option %s: %s" % (self.option_id, self.msg)


class OptionConflictError(OptionError):
    """Two options of one parser claim the same option string."""


class OptionValueError(OptParseError):
    """An option's argument on the command line is invalid."""


class BadOptionError(OptParseError):
    """The command line names an option the parser does not know."""

    def __init__(self, opt_str: str) -> None:
        self.opt_str = opt_str

    def __str__(self) -> str:
        return "no such option: %s" % (self.opt_str,)


class AmbiguousOptionError(BadOptionError):
    """A long-option abbreviation matches more than one option."""

    def __init__(self, opt_str: str, possibilities: list[str]) -> None:
        super().__init__(opt_str)
        self.possibilities = possibilities

    def __str__(self) -> str:
        return "ambiguous option: %s (%s?)" % (
            self.opt_str, ", ".join(self.possibilities))


# ------------------------------------------------------------ type checkers

def _to_int(text: str) -> int:
    # The prefix picks the base: 0x hex, 0b binary, a leading 0 octal.
    prefix = text[:2].lower()
    if prefix == "0x":
        return int(text, 16)
    if prefix == "0b":
        return int(text[2:] or "0", 2)
    return int(text, 8 if text[:1] == "0" else 10)


_CONVERTERS = {
    "int": (_to_int, "integer"),
    "long": (_to_int, "integer"),
    "float": (float, "floating-point"),
    "complex": (complex, "complex"),
}


def check_builtin(option: Option, opt: str, value: object) -> object:
    """Convert an int/long/float/complex option argument."""
    convert, kind = _CONVERTERS[option.type]
    try:
        return convert(value)
    except ValueError:
        # raised inside the handler: the ValueError stays as __context__
        raise OptionValueError(
            "option %s: invalid %s value: %r" % (opt, kind, value))


def check_choice(option: Option, opt: str, value: object) -> str:
    """Accept a 'choice' option argument only if option.choices has it."""
    if value not in option.choices:
        listed = ", ".join([repr(c) for c in option.choices])
        raise OptionValueError("option %s: invalid choice: %r (choose from %s)"
                               % (opt, value, listed))
    return value


def _type_name(obj: object) -> str:
    cls = type(obj)
    if cls.__module__ == "builtins":
        return cls.__qualname__
    return "%s.%s" % (cls.__module__, cls.__qualname__)


# ------------------------------------------------------------------ Option

class Option:
    """One command-line option: its strings and what to do when it is seen."""

    ATTRS = ['action', 'type', 'dest', 'default', 'nargs', 'const',
             'choices', 'callback', 'callback_args', 'callback_kwargs',
             'help', 'metavar']
    ACTIONS = ("store", "store_const", "store_true", "store_false", "append",
               "append_const", "count", "callback", "help", "version")
    # Actions that write to a destination (so they need a dest).
    STORE_ACTIONS = ("store", "store_const", "store_true", "store_false",
                     "append", "append_const", "count")
    # Actions that may consume arguments, and those that always do.
    TYPED_ACTIONS = ("store", "append", "callback")
    ALWAYS_TYPED_ACTIONS = ("store", "append")
    CONST_ACTIONS = ("store_const", "append_const")
    TYPES = ("string", "int", "long", "float", "complex", "choice")
    # type name -> check(option, opt, value) returning the converted value;
    # a type without an entry ("string") keeps the argument as given.
    TYPE_CHECKER = {"int": check_builtin, "long": check_builtin,
                    "float": check_builtin, "complex": check_builtin,
                    "choice": check_choice}
    CHECK_METHODS = None      # filled in below the class body's methods

    def __init__(self, *opts: str | None, **attrs: object) -> None:
        self._short_opts = []
        self._long_opts = []
        self._set_opt_strings(self._check_opt_strings(opts))
        self._set_attrs(attrs)
        for check in self.CHECK_METHODS:
            check(self)

    def _check_opt_strings(self, opts: Sequence[str]) -> list[str]:
        given = [o for o in opts if o]
        if len(given) == 0:
            raise TypeError("at least one option string must be supplied")
        return given

    def _set_opt_strings(self, opts: Sequence[str]) -> None:
        for text in opts:
            size = len(text)
            if size < 2:
                raise OptionError("invalid option string %r: must be at "
                                  "least two characters long" % (text,), self)
            if size == 2:
                if text[0] != "-" or text[1] == "-":
                    raise OptionError(
                        "invalid short option string %r: must be of the "
                        "form -x, (x any non-dash char)" % (text,), self)
                self._short_opts.append(text)
            else:
                if not text.startswith("--") or text[2] == "-":
                    raise OptionError(
                        "invalid long option string %r: must start with "
                        "--, followed by non-dash" % (text,), self)
                self._long_opts.append(text)

    def _set_attrs(self, attrs: dict[str, object]) -> None:
        for name in self.ATTRS:
            fallback = NO_DEFAULT if name == 'default' else None
            setattr(self, name, attrs.pop(name, fallback))
        if attrs:
            unknown = ", ".join(sorted(attrs))
            raise OptionError("invalid keyword arguments: %s" % unknown, self)

    # Validation, run in CHECK_METHODS order; each raises OptionError.

    def _check_action(self) -> None:
        action = self.action
        if action is None:
            self.action = "store"
        elif action not in self.ACTIONS:
            raise OptionError("invalid action: %r" % (action,), self)

    def _check_type(self) -> None:
        kind, action = self.type, self.action
        if kind is None:
            if action in self.ALWAYS_TYPED_ACTIONS:
                # choices imply the "choice" type; plain strings otherwise.
                self.type = "string" if self.choices is None else "choice"
            return
        # Type objects (int, float, str...) are accepted for their names.
        name = kind.__name__ if isinstance(kind, type) else kind
        name = "string" if name == "str" else name
        self.type = name
        if name not in self.TYPES:
            raise OptionError("invalid option type: %r" % (name,), self)
        if action not in self.TYPED_ACTIONS:
            raise OptionError("must not supply a type for action %r"
                              % (action,), self)

    def _check_choice(self) -> None:
        given = self.choices
        if self.type != "choice":
            if given is None:
                return
            raise OptionError("must not supply choices for type %r"
                              % (self.type,), self)
        if given is None:
            raise OptionError(
                "must supply a list of choices for type 'choice'", self)
        if not isinstance(given, (list, tuple)):
            raise OptionError("choices must be a list of strings ('%s' "
                              "supplied)" % _type_name(given), self)

    def _check_dest(self) -> None:
        stores = self.action in self.STORE_ACTIONS
        if self.dest is not None or not (stores or self.type is not None):
            return
        # "--foo-bar" gives foo_bar; with no long option, "-f" gives f.
        if self._long_opts:
            self.dest = self._long_opts[0][2:].replace("-", "_")
        else:
            self.dest = self._short_opts[0][1:]

    def _check_const(self) -> None:
        if self.const is None or self.action in self.CONST_ACTIONS:
            return
        raise OptionError("'const' must not be supplied for action %r"
                          % (self.action,), self)

    def _check_nargs(self) -> None:
        if self.action in self.TYPED_ACTIONS:
            if self.nargs is None:
                self.nargs = 1
        elif self.nargs is not None:
            raise OptionError("'nargs' must not be supplied for action %r"
                              % (self.action,), self)

    def _check_callback(self) -> None:
        func = self.callback
        extra, named = self.callback_args, self.callback_kwargs
        if self.action != "callback":
            if func is not None:
                raise OptionError("callback supplied (%r) for non-callback "
                                  "option" % (func,), self)
            for field, given in (("callback_args", extra),
                                 ("callback_kwargs", named)):
                if given is not None:
                    raise OptionError("%s supplied for non-callback option"
                                      % field, self)
            return
        if not callable(func):
            raise OptionError("callback not callable: %r" % (func,), self)
        if extra is not None and not isinstance(extra, tuple):
            raise OptionError("callback_args, if supplied, must be a tuple: "
                              "not %r" % (extra,), self)
        if named is not None and not isinstance(named, dict):
            raise OptionError("callback_kwargs, if supplied, must be a dict: "
                              "not %r" % (named,), self)

    CHECK_METHODS = [_check_action, _check_type, _check_choice, _check_dest,
                     _check_const, _check_nargs, _check_callback]

    def __str__(self) -> str:
        return "/".join([*self._short_opts, *self._long_opts])

    __repr__ = _tagged_repr

    def takes_value(self) -> bool:
        """Whether the option consumes argument(s): when it has a type."""
        return self.type is not None

    def get_opt_string(self) -> str:
        return (self._long_opts or self._short_opts)[0]

    # Processing: convert the argument(s), then act.

    def check_value(self, opt: str, value: object) -> object:
        check = self.TYPE_CHECKER.get(self.type)
        return value if check is None else check(self, opt, value)

    def convert_value(self, opt: str, value: object) -> object:
        if value is None:
            return None
        if self.nargs == 1:
            return self.check_value(opt, value)
        return tuple([self.check_value(opt, item) for item in value])

    def process(self, opt: str, value: object, values: Values,
                parser: OptionParser) -> int:
        converted = self.convert_value(opt, value)
        return self.take_action(self.action, self.dest, opt, converted,
                                values, parser)

    def take_action(self, action: str, dest: str | None, opt: str,
                    value: object, values: Values,
                    parser: OptionParser) -> int:
        if action == "store":
            setattr(values, dest, value)
        elif action in ("store_const", "store_true", "store_false"):
            fixed = {"store_true": True, "store_false": False}
            setattr(values, dest, fixed.get(action, self.const))
        elif action in ("append", "append_const"):
            item = value if action == "append" else self.const
            values.ensure_value(dest, []).append(item)
        elif action == "count":
            setattr(values, dest, 1 + values.ensure_value(dest, 0))
        elif action == "callback":
            self.callback(self, opt, value, parser,
                          *(self.callback_args or ()),
                          **(self.callback_kwargs or {}))
        elif action in ("help", "version"):
            if action == "help":
                parser.print_help()
            else:
                parser.print_version()
            parser.exit()
        else:
            raise ValueError("unknown action %r" % (self.action,))
        return 1


make_option = Option
