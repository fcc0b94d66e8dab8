"""optparse -- the classic command-line option parser (Optik).

    parser = OptionParser(usage="%prog [options] FILE")
    parser.add_option("-q", "--quiet", action="store_false", dest="verbose")
    options, args = parser.parse_args()

Behaves as CPython 3.11's module:
https://docs.python.org/3.11/library/optparse.html
The help formatters live in _optparse_help and are re-exported here.
"""
# Annotations stay unevaluated strings (PEP 563), so the typing names used
# in them (Iterable, Mapping, Sequence, TextIO) need no import.
from __future__ import annotations

import os
import sys

from _optparse_help import (HelpFormatter, IndentedHelpFormatter,
                            TitledHelpFormatter, NO_DEFAULT)
from _optparse_option import (OptParseError, OptionError, OptionConflictError,
                              OptionValueError, BadOptionError,
                              AmbiguousOptionError, check_builtin,
                              check_choice, Option, make_option, _tagged_repr)

__version__ = "1.5.3"
__all__ = ['Option', 'make_option', 'SUPPRESS_HELP', 'SUPPRESS_USAGE',
           'Values', 'OptionContainer', 'OptionGroup', 'OptionParser',
           'HelpFormatter', 'IndentedHelpFormatter', 'TitledHelpFormatter',
           'OptParseError', 'OptionError', 'OptionConflictError',
           'OptionValueError', 'BadOptionError', 'check_choice']

# Sentinels compared by identity: help=SUPPRESS_HELP hides an option from the
# help text, usage=SUPPRESS_USAGE drops the usage line.
SUPPRESS_HELP = "SUPPRESS" + "HELP"
SUPPRESS_USAGE = "SUPPRESS" + "USAGE"


# ------------------------------------------------------------------ Values

class Values:
    """The parsed option values, one attribute per destination."""

    def __init__(self, defaults: dict[str, object] | None = None) -> None:
        for name, val in (defaults or {}).items():
            setattr(self, name, val)

    def __str__(self) -> str:
        return str(self.__dict__)

    __repr__ = _tagged_repr

    def __eq__(self, other: object):
        if isinstance(other, Values):
            return vars(self) == vars(other)
        if isinstance(other, dict):
            return vars(self) == other
        return NotImplemented

    def _update_careful(self, dict: dict[str, object]) -> None:
        """Take the values of names this object already has, except None."""
        for name in dir(self):
            if name in dict and dict[name] is not None:
                setattr(self, name, dict[name])

    def _update_loose(self, dict: dict[str, object]) -> None:
        """Take every name of dict."""
        vars(self).update(dict)

    def _update(self, dict: dict[str, object], mode: str) -> None:
        if mode == "loose":
            self._update_loose(dict)
        elif mode == "careful":
            self._update_careful(dict)
        else:
            raise ValueError("invalid update mode: %r" % (mode,))

    def read_module(self, modname: str, mode: str = "careful") -> None:
        __import__(modname)
        self._update(vars(sys.modules[modname]), mode)

    def read_file(self, filename: str, mode: str = "careful") -> None:
        namespace = {}
        with open(filename) as fh:
            exec(fh.read(), namespace)
        self._update(namespace, mode)

    def ensure_value(self, attr: str, value: object) -> object:
        """Set attr to value if it is missing or None; return its value."""
        if getattr(self, attr, None) is None:
            setattr(self, attr, value)
        return getattr(self, attr)


# -------------------------------------------------------------- containers

class OptionContainer:
    """What OptionParser and OptionGroup share: a list of options and the
    lookup tables (_short_opt, _long_opt, defaults), which a parser owns and
    its groups borrow."""

    def __init__(self, option_class: type[Option], conflict_handler: str,
                 description: str | None) -> None:
        self._create_option_list()
        self.option_class = option_class
        self.set_conflict_handler(conflict_handler)
        self.set_description(description)

    def _create_option_mappings(self) -> None:
        self._short_opt = {}
        self._long_opt = {}
        self.defaults = {}

    def _share_option_mappings(self, parser: OptionParser) -> None:
        for table in ("_short_opt", "_long_opt", "defaults"):
            setattr(self, table, getattr(parser, table))

    def set_conflict_handler(self, handler: str) -> None:
        if handler != "error" and handler != "resolve":
            raise ValueError("invalid conflict_resolution value %r"
                             % (handler,))
        self.conflict_handler = handler

    def set_description(self, description: str | None) -> None:
        self.description = description

    def get_description(self) -> str | None:
        return self.description

    def destroy(self) -> None:
        """Drop the shared tables (see OptionParser.destroy)."""
        del self._short_opt, self._long_opt, self.defaults

    def _string_tables(self, option: Option):
        """Pairs (lookup table, the option's strings that belong in it)."""
        return ((self._short_opt, option._short_opts),
                (self._long_opt, option._long_opts))

    def _check_conflict(self, option: Option) -> None:
        clashes = []
        for table, strings in self._string_tables(option):
            clashes.extend((s, table[s]) for s in strings if s in table)
        if not clashes:
            return
        if self.conflict_handler == "error":
            raise OptionConflictError("conflicting option string(s): %s"
                                      % ", ".join(s for s, _ in clashes),
                                      option)
        # "resolve": the newcomer wins; an older option left with no
        # strings at all disappears from its container.
        for text, older in clashes:
            if text.startswith("--"):
                older._long_opts.remove(text)
                del self._long_opt[text]
            else:
                older._short_opts.remove(text)
                del self._short_opt[text]
            if not older._short_opts and not older._long_opts:
                older.container.option_list.remove(older)

    def add_option(self, *args: object, **kwargs: object) -> Option:
        """add_option(Option) or add_option(opt_str, ..., kwarg=val, ...)"""
        first = args[0]
        if isinstance(first, str):
            make = self.option_class
            option = make(*args, **kwargs)
        elif len(args) != 1 or kwargs:
            raise TypeError("invalid arguments")
        elif not isinstance(first, Option):
            raise TypeError("not an Option instance: %r" % (first,))
        else:
            option = first
        self._check_conflict(option)
        self.option_list.append(option)
        option.container = self
        for table, strings in self._string_tables(option):
            table.update(dict.fromkeys(strings, option))
        # Every destination gets a default, None unless one was given.
        dest = option.dest
        if dest is not None:
            if option.default is NO_DEFAULT:
                self.defaults.setdefault(dest, None)
            else:
                self.defaults[dest] = option.default
        return option

    def add_options(self, option_list: Iterable[Option]) -> None:
        for option in option_list:
            self.add_option(option)

    def get_option(self, opt_str: str) -> Option | None:
        return self._short_opt.get(opt_str) or self._long_opt.get(opt_str)

    def has_option(self, opt_str: str) -> bool:
        return opt_str in self._short_opt or opt_str in self._long_opt

    def remove_option(self, opt_str: str) -> None:
        option = self._short_opt.get(opt_str) or self._long_opt.get(opt_str)
        if option is None:
            raise ValueError("no such option %r" % (opt_str,))
        for table, strings in self._string_tables(option):
            for text in strings:
                del table[text]
        option.container.option_list.remove(option)

    def format_option_help(self, formatter: HelpFormatter) -> str:
        shown = [o for o in self.option_list if o.help is not SUPPRESS_HELP]
        return "".join([formatter.format_option(o) for o in shown])

    def format_description(self, formatter: HelpFormatter) -> str:
        return formatter.format_description(self.get_description())

    def format_help(self, formatter: HelpFormatter) -> str:
        parts = []
        if self.description:
            parts.append(self.format_description(formatter))
        if self.option_list:
            parts.append(self.format_option_help(formatter))
        return "\n".join(parts)


class OptionGroup(OptionContainer):
    """A titled section of a parser's options, for the help text only."""

    def __init__(self, parser: OptionParser, title: str,
                 description: str | None = None) -> None:
        self.parser = parser
        super().__init__(parser.option_class, parser.conflict_handler,
                         description)
        self.title = title

    def _create_option_list(self) -> None:
        self.option_list = []
        self._share_option_mappings(self.parser)

    def set_title(self, title: str) -> None:
        self.title = title

    def destroy(self) -> None:
        super().destroy()
        del self.option_list

    def format_help(self, formatter: HelpFormatter) -> str:
        heading = formatter.format_heading(self.title)
        formatter.indent()
        body = super().format_help(formatter)
        formatter.dedent()
        return heading + body


# ------------------------------------------------------------ OptionParser

def _match_abbrev(s: str, wordmap: Mapping[str, object]) -> str:
    """The key of wordmap that s is, or unambiguously abbreviates."""
    if s in wordmap:
        return s
    candidates = [word for word in wordmap.keys() if word.startswith(s)]
    if len(candidates) == 1:
        return candidates[0]
    if candidates:
        raise AmbiguousOptionError(s, sorted(candidates))
    raise BadOptionError(s)


class OptionParser(OptionContainer):
    """Parses a command line into (Values, leftover arguments).

    https://docs.python.org/3.11/library/optparse.html#optparse.OptionParser
    """

    standard_option_list = []

    def __init__(self, usage: str | None = None,
                 option_list: Iterable[Option] | None = None,
                 option_class: type[Option] = Option,
                 version: str | None = None, conflict_handler: str = "error",
                 description: str | None = None,
                 formatter: HelpFormatter | None = None,
                 add_help_option: bool = True, prog: str | None = None,
                 epilog: str | None = None) -> None:
        super().__init__(option_class, conflict_handler, description)
        self.set_usage(usage)
        self.prog = prog
        self.version = version
        self.allow_interspersed_args = True
        self.process_default_values = True
        self.formatter = formatter if formatter is not None \
            else IndentedHelpFormatter()
        self.formatter.set_parser(self)
        self.epilog = epilog
        self._populate_option_list(option_list, add_help=add_help_option)
        self._init_parsing_state()

    def destroy(self) -> None:
        """Break the reference cycles; the parser is unusable afterwards."""
        super().destroy()
        for group in self.option_groups:
            group.destroy()
        del self.option_list, self.option_groups, self.formatter

    def _create_option_list(self) -> None:
        self.option_list = []
        self.option_groups = []
        self._create_option_mappings()

    def _add_help_option(self) -> None:
        self.add_option("-h", "--help", action="help",
                        help="show this help message and exit")

    def _add_version_option(self) -> None:
        self.add_option("--version", action="version",
                        help="show program's version number and exit")

    def _populate_option_list(self, option_list: Iterable[Option],
                              add_help: bool = True) -> None:
        for source in (self.standard_option_list, option_list):
            if source:
                self.add_options(source)
        if self.version:
            self._add_version_option()
        if add_help:
            self._add_help_option()

    def _init_parsing_state(self) -> None:
        # rargs/largs/values are visible to callbacks while parse_args runs.
        self.rargs = self.largs = self.values = None

    def set_usage(self, usage: str | None) -> None:
        if usage is SUPPRESS_USAGE:
            self.usage = None
        elif usage is None:
            self.usage = "%prog [options]"
        elif usage[:7].lower() == "usage: ":
            self.usage = usage[len("usage: "):]
        else:
            self.usage = usage

    def enable_interspersed_args(self) -> None:
        """Let positional arguments and options mix (the default)."""
        self.allow_interspersed_args = True

    def disable_interspersed_args(self) -> None:
        """Stop option processing at the first positional argument."""
        self.allow_interspersed_args = False

    def set_process_default_values(self, process: bool) -> None:
        self.process_default_values = process

    def set_default(self, dest: str | None, value: object) -> None:
        self.defaults[dest] = value

    def set_defaults(self, **kwargs: object) -> None:
        self.defaults.update(kwargs)

    def _get_all_options(self) -> list[Option]:
        grouped = [o for g in self.option_groups for o in g.option_list]
        return self.option_list + grouped

    def get_default_values(self) -> Values:
        """A fresh Values holding the defaults; string defaults go through
        their option's type check, as command-line values do."""
        table = dict(self.defaults)
        if self.process_default_values:
            for option in self._get_all_options():
                initial = table.get(option.dest)
                if isinstance(initial, str):
                    table[option.dest] = option.check_value(
                        option.get_opt_string(), initial)
        return Values(table)

    def add_option_group(self, *args: object, **kwargs: object) -> OptionGroup:
        first = args[0]
        if isinstance(first, str):
            group = OptionGroup(self, *args, **kwargs)
        elif len(args) != 1 or kwargs:
            raise TypeError("invalid arguments")
        elif not isinstance(first, OptionGroup):
            raise TypeError("not an OptionGroup instance: %r" % (first,))
        elif first.parser is not self:
            raise ValueError("invalid OptionGroup (wrong parser)")
        else:
            group = first
        self.option_groups.append(group)
        return group

    def get_option_group(self, opt_str: str) -> OptionGroup | None:
        option = self.get_option(opt_str)
        if option and option.container is not self:
            return option.container
        return None

    # -- parsing

    def _get_args(self, args: list[str] | None) -> list[str]:
        return sys.argv[1:] if args is None else args[:]

    def parse_args(self, args: list[str] | None = None,
                   values: Values | None = None
                   ) -> tuple[Values, list[str]]:
        """Parse args (default sys.argv[1:]) into (values, leftover args);
        a bad command line ends in error(), which exits with status 2."""
        rargs = self._get_args(args)
        if values is None:
            values = self.get_default_values()
        largs = []
        self.rargs, self.largs, self.values = rargs, largs, values
        try:
            self._process_args(largs, rargs, values)
        except (BadOptionError, OptionValueError) as exc:
            self.error(str(exc))
        return self.check_values(values, largs + rargs)

    def check_values(self, values: Values,
                     args: list[str]) -> tuple[Values, list[str]]:
        """Hook for subclasses: validate or adjust the parse result."""
        return (values, args)

    def _process_args(self, largs: list[str], rargs: list[str],
                      values: Values) -> None:
        # Consumes rargs; positional arguments move to largs, unless
        # interspersing is off, when the first one ends option processing.
        while rargs:
            arg = rargs[0]
            if arg == "--":
                del rargs[0]
                return
            if arg[:2] == "--":
                self._process_long_opt(rargs, values)
            elif len(arg) > 1 and arg[0] == "-":
                self._process_short_opts(rargs, values)
            elif not self.allow_interspersed_args:
                return
            else:
                largs.append(rargs.pop(0))

    def _match_long_opt(self, opt: str) -> str:
        return _match_abbrev(opt, self._long_opt)

    def _take_arguments(self, opt: str, count: int,
                        rargs: list[str]) -> object:
        if len(rargs) < count:
            noun = "argument" if count == 1 else "arguments"
            self.error("%s option requires %d %s" % (opt, count, noun))
            return None
        taken = rargs[:count]
        del rargs[:count]
        return taken[0] if count == 1 else tuple(taken)

    def _process_long_opt(self, rargs: list[str], values: Values) -> None:
        arg = rargs.pop(0)
        typed, eq, attached = arg.partition("=")
        if eq:
            rargs.insert(0, attached)   # read like a separate argument
        name = self._match_long_opt(typed)
        option = self._long_opt[name]
        value = None
        if option.takes_value():
            value = self._take_arguments(name, option.nargs, rargs)
        elif eq:
            self.error("%s option does not take a value" % name)
        option.process(name, value, values, self)

    def _process_short_opts(self, rargs: list[str], values: Values) -> None:
        # A cluster such as -abc: only the last option may take a value;
        # the rest of the cluster after it ("-ofile") is that value.
        arg = rargs.pop(0)
        for pos in range(1, len(arg)):
            opt = "-" + arg[pos]
            option = self._short_opt.get(opt)
            if not option:
                raise BadOptionError(opt)
            value = None
            last = False
            if option.takes_value():
                tail = arg[pos + 1:]
                if tail:
                    rargs.insert(0, tail)
                    last = True
                value = self._take_arguments(opt, option.nargs, rargs)
            option.process(opt, value, values, self)
            if last:
                return

    # -- feedback

    def get_prog_name(self) -> str:
        if self.prog is not None:
            return self.prog
        return os.path.basename(sys.argv[0])

    def expand_prog_name(self, s: str) -> str:
        return s.replace("%prog", self.get_prog_name())

    def get_description(self) -> str | None:
        return self.expand_prog_name(self.description)

    def exit(self, status: int = 0, msg: str | None = None) -> None:
        if msg:
            sys.stderr.write(msg)
        sys.exit(status)

    def error(self, msg: str) -> None:
        """Print the usage and 'prog: error: msg' to stderr; exit status 2."""
        self.print_usage(sys.stderr)
        line = "%s: error: %s\n" % (self.get_prog_name(), msg)
        self.exit(2, line)

    def get_usage(self) -> str:
        if not self.usage:
            return ""
        return self.formatter.format_usage(self.expand_prog_name(self.usage))

    def print_usage(self, file: TextIO | None = None) -> None:
        """Print the usage (with %prog expanded) to file, default stdout."""
        if self.usage:
            print(self.get_usage(), file=file)

    def get_version(self) -> str:
        return self.expand_prog_name(self.version) if self.version else ""

    def print_version(self, file: TextIO | None = None) -> None:
        """Print the version string (with %prog expanded), if any."""
        if self.version:
            print(self.get_version(), file=file)

    def format_option_help(self,
                           formatter: HelpFormatter | None = None) -> str:
        fmt = self.formatter if formatter is None else formatter
        fmt.store_option_strings(self)
        sections = []
        fmt.indent()
        if self.option_list:
            sections.append(OptionContainer.format_option_help(self, fmt))
        sections += [group.format_help(fmt) for group in self.option_groups]
        fmt.dedent()
        if not sections:
            return ""
        return fmt.format_heading("Options") + "\n".join(sections)

    def format_epilog(self, formatter: HelpFormatter) -> str:
        return formatter.format_epilog(self.epilog)

    def format_help(self, formatter: HelpFormatter | None = None) -> str:
        fmt = self.formatter if formatter is None else formatter
        text = ""
        if self.usage:
            text += self.get_usage() + "\n"
        if self.description:
            text += self.format_description(fmt) + "\n"
        return text + self.format_option_help(fmt) + self.format_epilog(fmt)

    def print_help(self, file: TextIO | None = None) -> None:
        """Write the full help text to file, default stdout."""
        (sys.stdout if file is None else file).write(self.format_help())


# The classes defined in the private helper modules present themselves as
# optparse's own (in reprs and tracebacks), as they do in CPython.
for _cls in (OptParseError, OptionError, OptionConflictError, OptionValueError,
             BadOptionError, AmbiguousOptionError, Option, HelpFormatter,
             IndentedHelpFormatter, TitledHelpFormatter):
    _cls.__module__ = __name__
del _cls
