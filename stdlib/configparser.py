"""INI-style configuration files: [sections] holding `name = value` options.

https://docs.python.org/3.11/library/configparser.html

RawConfigParser keeps values as read; ConfigParser adds %(name)s
interpolation (BasicInterpolation); ExtendedInterpolation offers
${section:name}. Sections are also reachable as mappings: parser['sect'].
"""

import io
import os
import re
import sys
import functools
import collections
import collections.abc

__all__ = """
    NoSectionError DuplicateOptionError DuplicateSectionError NoOptionError
    InterpolationError InterpolationDepthError InterpolationMissingOptionError
    InterpolationSyntaxError ParsingError MissingSectionHeaderError
    ConfigParser RawConfigParser Interpolation BasicInterpolation
    ExtendedInterpolation SectionProxy DEFAULTSECT MAX_INTERPOLATION_DEPTH
""".split()

DEFAULTSECT = "DEFAULT"
MAX_INTERPOLATION_DEPTH = 10
_default_dict = dict
_UNSET = object()


# -- errors ------------------------------------------------------------------

class Error(Exception):
    """Base of this module's exceptions; str() is the message."""

    def __init__(self, msg=''):
        super().__init__(msg)
        self.message = msg

    def __repr__(self):
        return self.message

    __str__ = __repr__


def _fill(exc, text, **fields):
    # message, then the attributes; args lists them in declaration order
    Error.__init__(exc, text)
    for name, value in fields.items():
        setattr(exc, name, value)
    exc.args = tuple(fields.values())


def _origin(source, lineno, kind, text):
    # "While reading from 'f' [line  3]: section 'x' already exists"
    if source is None:
        return "%s %s" % (kind.capitalize(), text)
    where = "While reading from %r" % (source,)
    if lineno is not None:
        where += " [line %2d]" % lineno
    return "%s: %s %s" % (where, kind, text)


class NoSectionError(Error):
    def __init__(self, section):
        _fill(self, f"No section: {section!r}", section=section)


class DuplicateSectionError(Error):
    def __init__(self, section, source=None,
                 lineno=None):
        text = _origin(source, lineno, "section", f"{section!r} already exists")
        _fill(self, text, section=section, source=source, lineno=lineno)


class DuplicateOptionError(Error):
    def __init__(self, section, option,
                 source=None, lineno=None):
        what = f"{option!r} in section {section!r} already exists"
        _fill(self, _origin(source, lineno, "option", what), section=section,
              option=option, source=source, lineno=lineno)


class NoOptionError(Error):
    def __init__(self, option, section):
        _fill(self, f"No option {option!r} in section: {section!r}",
              option=option, section=section)


class InterpolationError(Error):
    def __init__(self, option, section, msg):
        _fill(self, msg, option=option, section=section, msg=msg)


class InterpolationMissingOptionError(InterpolationError):
    def __init__(self, option, section,
                 rawval, reference):
        text = (f"Bad value substitution: option {option!r} in section "
                f"{section!r} contains an interpolation key {reference!r} "
                f"which is not a valid option name. Raw value: {rawval!r}")
        _fill(self, text, option=option, section=section, rawval=rawval,
              reference=reference)
        del self.rawval


class InterpolationSyntaxError(InterpolationError):
    """Bad %/$ syntax in a value."""


class InterpolationDepthError(InterpolationError):
    def __init__(self, option, section, rawval):
        text = (f"Recursion limit exceeded in value substitution: option "
                f"{option!r} in section {section!r} contains an "
                f"interpolation key which cannot be substituted in "
                f"{MAX_INTERPOLATION_DEPTH} steps. Raw value: {rawval!r}")
        _fill(self, text, option=option, section=section, rawval=rawval)
        del self.rawval


class ParsingError(Error):
    def __init__(self, source=None, filename=None):
        if source and filename:
            raise ValueError("Cannot specify both `filename' and `source'. "
                             "Use `source'.")
        source = source or filename
        if not source:
            raise ValueError("Required argument `source' not given.")
        _fill(self, f"Source contains parsing errors: {source!r}",
              source=source)
        self.errors = []

    def append(self, lineno, line):
        """Record one bad line (and mention it in the message)."""
        self.errors += [(lineno, line)]
        self.message = "%s\n\t[line %2d]: %s" % (self.message, lineno, line)


class MissingSectionHeaderError(ParsingError):
    def __init__(self, filename, lineno, line):
        text = ("File contains no section headers.\nfile: %r, line: %d\n%r"
                % (filename, lineno, line))
        _fill(self, text, source=filename, lineno=lineno, line=line)


# -- interpolation -----------------------------------------------------------

class Interpolation:
    """No interpolation: values pass through unchanged."""

    def before_get(self, parser, section, option, value,
                   defaults):
        return value

    def before_set(self, parser, section, option,
                   value):
        return value

    before_read = before_write = before_set


def _syntax(option, section, text):
    raise InterpolationSyntaxError(option, section, text)


class _Substitution(Interpolation):
    # the engine shared by the two real interpolations: `mark` starts a
    # reference, `mark mark` stands for itself
    mark = opener = bad_follow = None

    def before_get(self, parser, section, option, value,
                   defaults):
        pieces = []
        self._expand(parser, option, pieces, value, section, defaults, 1)
        return ''.join(pieces)

    def before_set(self, parser, section, option,
                   value):
        leftover = self._KEYCRE.sub('', value.replace(self.mark * 2, ''))
        if self.mark in leftover:
            where = leftover.index(self.mark)
            raise ValueError(f"invalid interpolation syntax in {value!r} at position {where}")
        return value

    def _expand(self, parser, option, out, rest, section, mapping, depth):
        raw = parser.get(section, option, raw=True, fallback=rest)
        if MAX_INTERPOLATION_DEPTH < depth:
            raise InterpolationDepthError(option, section, raw)
        mark = self.mark
        while rest:
            head, found, tail = rest.partition(mark)
            out.append(head)
            if not found:
                return
            rest = mark + tail
            if tail[:1] == mark:
                out.append(mark)
                rest = tail[1:]
                continue
            ref = self._KEYCRE.match(rest)
            if tail[:1] != self.opener:
                _syntax(option, section, self.bad_follow % (rest,))
            if not ref:
                _syntax(option, section,
                        "bad interpolation variable reference %r" % (rest,))
            rest = rest[ref.end():]
            self._reference(parser, option, out, ref.group(1), section,
                            mapping, depth, raw, rest)


class BasicInterpolation(_Substitution):
    """%(name)s refers to an option of the same section or DEFAULT."""

    _KEYCRE = re.compile(r"%\(([^)]+)\)s")
    mark, opener = '%', '('
    bad_follow = "'%%' must be followed by '%%' or '(', found: %r"

    def _reference(self, parser, option, out, name, section, mapping, depth,
                   raw, rest):
        key = parser.optionxform(name)
        if key not in mapping:
            raise InterpolationMissingOptionError(option, section, raw, key)
        text = mapping[key]
        if self.mark not in text:
            out.append(text)
        else:
            self._expand(parser, option, out, text, section, mapping,
                         depth + 1)


class ExtendedInterpolation(_Substitution):
    """${name} or ${section:name}, as zc.buildout writes them."""

    _KEYCRE = re.compile(r"\$\{([^}]+)\}")
    mark, opener = '$', '{'
    bad_follow = "'$' must be followed by '$' or '{', found: %r"

    def _reference(self, parser, option, out, name, section, mapping, depth,
                   raw, rest):
        parts = name.split(':')
        if len(parts) > 2:
            _syntax(option, section, "More than one ':' found: %r" % (rest,))
        where = section if len(parts) == 1 else parts[0]
        opt = parser.optionxform(parts[-1])
        try:
            text = (mapping[opt] if len(parts) == 1
                    else parser.get(where, opt, raw=True))
        except (NoSectionError, NoOptionError, KeyError):
            raise InterpolationMissingOptionError(option, section, raw,
                                                  ":".join(parts)) from None
        if self.mark not in text:
            out.append(text)
            return
        if len(parts) == 1:
            opt = option
        self._expand(parser, opt, out, text, where,
                     dict(parser.items(where, raw=True)), depth + 1)


# -- the parser --------------------------------------------------------------

def _typed_getter(name, pick):
    # getint/getfloat/getboolean: get() followed by a conversion
    def getter(self, section, option, *, raw=False,
               vars=None, fallback=_UNSET, **kwargs):
        kwargs.update(raw=raw, vars=vars, fallback=fallback)
        return self._get_conv(section, option, pick(self), **kwargs)
    getter.__name__ = name
    return getter


def _option_pattern(delimiters, allow_no_value):
    alternatives = "|".join(map(re.escape, delimiters))
    if allow_no_value:
        return re.compile(r"(?P<option>.*?)\s*(?:(?P<vi>%s)\s*(?P<value>.*))?$"
                          % alternatives)
    return re.compile(r"(?P<option>.*?)\s*(?P<vi>%s)\s*(?P<value>.*)$"
                      % alternatives)


class RawConfigParser(collections.abc.MutableMapping):
    """A configuration: sections of options, read from INI text; values
    are returned as written."""

    SECTCRE = re.compile(r"\[(?P<header>.+)\]")
    OPTCRE = _option_pattern(('=', ':'), False)
    OPTCRE_NV = _option_pattern(('=', ':'), True)
    NONSPACECRE = re.compile(r"\S")
    BOOLEAN_STATES = dict.fromkeys(('1', 'yes', 'true', 'on'), True)
    BOOLEAN_STATES.update(dict.fromkeys(('0', 'no', 'false', 'off'), False))
    _DEFAULT_INTERPOLATION = Interpolation()

    def __init__(self,
                 defaults=None,
                 dict_type=_default_dict,
                 allow_no_value=False,
                 *,
                 delimiters=('=', ':'),
                 comment_prefixes=('#', ';'),
                 inline_comment_prefixes=None,
                 strict=True,
                 empty_lines_in_values=True,
                 default_section=DEFAULTSECT,
                 interpolation=_UNSET,
                 converters=_UNSET):
        self._dict = dict_type
        self._sections, self._defaults = dict_type(), dict_type()
        self._proxies = dict_type()
        self.default_section = default_section
        self._proxies[default_section] = SectionProxy(self,
                                                      default_section)
        self._delimiters = delims = tuple(delimiters)
        self._optcre = _option_pattern(delims, allow_no_value)
        self._comment_prefixes, self._inline_comment_prefixes = (
            tuple(comment_prefixes or ()), tuple(inline_comment_prefixes or ()))
        self._strict, self._allow_no_value = strict, allow_no_value
        self._empty_lines_in_values = bool(empty_lines_in_values)
        chosen = interpolation
        if chosen is _UNSET:
            chosen = self._DEFAULT_INTERPOLATION
        self._interpolation = chosen if chosen is not None else Interpolation()
        self._converters = {}
        for name, conv in ({} if converters is _UNSET else converters).items():
            self._converters[name] = conv
            setattr(self, 'get' + name,
                    functools.partial(self._get_conv, conv=conv))
        if defaults:
            # a subclass hook (ConfigParser validates the values)
            self._read_defaults(defaults)

    @property
    def converters(self):
        return self._converters

    def defaults(self):
        return self._defaults

    def sections(self):
        """Names of the sections, DEFAULT excluded."""
        return list(self._sections)

    def _new_section(self, title):
        table = self._sections[title] = self._dict()
        self._proxies[title] = SectionProxy(self, title)
        return table

    def _section(self, title):
        # the options of a real section, or NoSectionError
        try:
            return self._sections[title]
        except KeyError:
            raise NoSectionError(title) from None

    def add_section(self, section):
        """Create an empty section (not DEFAULT, not an existing one)."""
        if section != self.default_section:
            if not self.has_section(section):
                self._new_section(section)
                return
            raise DuplicateSectionError(section)
        raise ValueError(f'Invalid section name: {section!r}')

    def has_section(self, section):
        """Whether the section exists (DEFAULT does not count)."""
        return self._sections.get(section) is not None

    def options(self, section):
        """Option names of `section`, followed by those of DEFAULT."""
        merged = dict(self._section(section))
        merged.update(self._defaults)
        return list(merged)

    def read(self, filenames, encoding=None):
        """Read the files that can be opened, silently skipping the others;
        return the names read."""
        if isinstance(filenames, (str, bytes)) or \
                isinstance(filenames, os.PathLike):
            filenames = [filenames]
        if hasattr(io, 'text_encoding'):
            encoding = io.text_encoding(encoding)
        if encoding == 'locale':
            encoding = None     # pys's open() spells the locale default None
        done = []
        for path in filenames:
            try:
                with open(path, encoding=encoding) as handle:
                    self._read(handle, path)
            except OSError:
                continue
            done.append(os.fspath(path) if isinstance(path, os.PathLike)
                        else path)
        return done

    def read_file(self, f, source=None):
        """Parse the lines of an open file (its name, if any, is the
        source in error messages)."""
        self._read(f, getattr(f, 'name', '<???>') if source is None else source)

    def read_string(self, string, source='<string>'):
        self._read(io.StringIO(string), source)

    def read_dict(self, dictionary, source='<dict>'):
        """Add {section: {option: value}} (values converted with str())."""
        seen = set()
        for title, options in dictionary.items():
            title = str(title)
            try:
                self.add_section(title)
            except (ValueError, DuplicateSectionError):
                if self._strict and title in seen:
                    raise
            seen.add(title)
            for name in options:
                value = options[name]
                name = self.optionxform(str(name))
                if self._strict and (title, name) in seen:
                    raise DuplicateOptionError(title, name, source)
                seen.add((title, name))
                self.set(title, name, None if value is None else str(value))

    def get(self, section, option, *, raw=False, vars=None,
            fallback=_UNSET):
        """The value of `option` in `section` (else DEFAULT), interpolated
        unless raw; `fallback` replaces NoSectionError/NoOptionError."""
        try:
            chain = self._unify_values(section, vars)
        except NoSectionError:
            if fallback is _UNSET:
                raise
            return fallback
        key = self.optionxform(option)
        if key not in chain:
            if fallback is _UNSET:
                raise NoOptionError(key, section)
            return fallback
        value = chain[key]
        if raw or value is None:
            return value
        return self._interpolation.before_get(self, section, key, value, chain)

    def _get(self, section, conv, option, **kwargs):
        text = self.get(section, option, **kwargs)
        return conv(text)

    def _get_conv(self, section, option, conv, *, raw=False,
                  vars=None, fallback=_UNSET, **kwargs):
        kwargs.update(raw=raw, vars=vars)
        try:
            return self._get(section, conv, option, **kwargs)
        except (NoOptionError, NoSectionError):
            if fallback is not _UNSET:
                return fallback
            raise

    getint = _typed_getter('getint', lambda self: int)
    getfloat = _typed_getter('getfloat', lambda self: float)
    getboolean = _typed_getter('getboolean',
                               lambda self: self._convert_to_boolean)

    def items(self, section=_UNSET, raw=False, vars=None):
        """Without a section: (name, proxy) pairs; with one: its (option,
        value) pairs, DEFAULT's included."""
        if section is _UNSET:
            return super().items()
        merged = dict(self._defaults)
        if self.default_section != section:
            merged.update(self._section(section))
        names = list(merged)
        for name, value in (vars or {}).items():
            merged[self.optionxform(name)] = value
        if raw:
            return [(name, merged[name]) for name in names]
        expand = self._interpolation.before_get
        return [(name, expand(self, section, name, merged[name], merged))
                for name in names]

    def popitem(self):
        for title in self.sections():
            proxy = self[title]
            del self[title]
            return title, proxy
        raise KeyError

    def optionxform(self, optionstr):
        return optionstr.lower()

    def _options_of(self, section, missing_ok=False):
        # the dict holding the options of `section` (DEFAULT for '' too)
        if section == self.default_section or not section:
            return self._defaults
        if missing_ok:
            return self._sections.get(section)
        return self._section(section)

    def has_option(self, section, option):
        table = self._options_of(section, missing_ok=True)
        if table is None:
            return False
        key = self.optionxform(option)
        return key in table or key in self._defaults

    def set(self, section, option, value=None):
        if value:
            check = self._interpolation.before_set
            value = check(self, section, option, value)
        self._options_of(section)[self.optionxform(option)] = value

    def write(self, fp, space_around_delimiters=True):
        """Write the configuration in INI form to the text file `fp`."""
        sep = self._delimiters[0]
        sep = " %s " % sep if space_around_delimiters else sep
        groups = list(self._sections.items())
        if self._defaults:
            groups.insert(0, (self.default_section, self._defaults))
        for title, options in groups:
            self._write_section(fp, title, options.items(), sep)

    def _write_section(self, fp, section_name, section_items, delimiter):
        fp.write("[%s]\n" % section_name)
        prepare = self._interpolation.before_write
        for key, value in list(section_items):
            value = prepare(self, section_name, key, value)
            if value is None and self._allow_no_value:
                fp.write(key + "\n")
            else:
                fp.write(key + delimiter + str(value).replace('\n', '\n\t')
                         + "\n")
        fp.write("\n")

    def remove_option(self, section, option):
        table = self._options_of(section)
        key = self.optionxform(option)
        present = key in table
        if present:
            del table[key]
        return present

    def remove_section(self, section):
        present = section in self._sections
        if present:
            del self._sections[section], self._proxies[section]
        return present

    def __getitem__(self, key):
        if key == self.default_section or self.has_section(key):
            return self._proxies[key]
        raise KeyError(key)

    def __setitem__(self, key, value):
        if key in self and value is self[key]:
            return      # parser[s] = parser[s]
        # replacing a section drops its previous options
        old = self._options_of(key, missing_ok=True) if key else None
        if old is not None:
            old.clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        if key != self.default_section:
            if self.remove_section(key):
                return
            raise KeyError(key)
        raise ValueError("Cannot remove the default section.")

    def __contains__(self, key):
        return key == self.default_section or key in self._sections

    def __len__(self):
        return 1 + len(self._sections)

    def __iter__(self):
        return iter([self.default_section] + list(self._sections))

    # -- reading -----------------------------------------------------------

    def _comment_cut(self, line):
        # where a comment starts in `line`, or None
        whole = self._comment_prefixes
        if whole and line.strip().startswith(whole):
            return 0
        best = None
        for prefix in self._inline_comment_prefixes:
            at = line.find(prefix)
            while at > 0 and not line[at - 1].isspace():
                at = line.find(prefix, at + 1)
            if at >= 0 and (best is None or at < best):
                best = at
        return best

    def _read(self, fp, fpname):
        """Parse INI text from the line iterable `fp`. Malformed option
        lines are gathered into one ParsingError raised at the end."""
        state = _ReadState()
        for number, line in enumerate(fp, 1):
            self._read_line(state, fpname, number, line)
        self._join_multiline_values()
        if state.failure:
            raise state.failure

    def _read_line(self, st, fpname, number, line):
        cut = self._comment_cut(line)
        text = (line if cut is None else line[:cut]).strip()
        if not text:
            if not self._empty_lines_in_values:
                st.indent = sys.maxsize
            elif (cut is None and st.current is not None and st.option
                    and st.current[st.option] is not None):
                st.current[st.option].append('')
            return
        first = self.NONSPACECRE.search(line)
        depth = first.start() if first else 0
        if st.current is not None and st.option and depth > st.indent:
            st.current[st.option].append(text)
            return
        st.indent = depth
        header = self.SECTCRE.match(text)
        if header:
            self._enter_section(st, header.group('header'), fpname, number)
        elif st.current is None:
            raise MissingSectionHeaderError(fpname, number, line)
        else:
            self._read_option(st, text, fpname, number, line)

    def _enter_section(self, st, title, fpname, number):
        if title in self._sections:
            if self._strict and title in st.added:
                raise DuplicateSectionError(title, fpname, number)
            st.current = self._sections[title]
            st.added.add(title)
        elif title == self.default_section:
            st.current = self._defaults
        else:
            st.current = self._new_section(title)
            st.added.add(title)
        st.section, st.option = title, None

    def _read_option(self, st, text, fpname, number, line):
        found = self._optcre.match(text)
        if not found:
            st.failure = self._handle_error(st.failure, fpname, number, line)
            return
        name, value = found.group('option'), found.group('value')
        if not name:
            st.failure = self._handle_error(st.failure, fpname, number, line)
        name = self.optionxform(name.rstrip())
        if self._strict and (st.section, name) in st.added:
            raise DuplicateOptionError(st.section, name, fpname, number)
        st.added.add((st.section, name))
        st.option = name
        st.current[name] = None if value is None else [value.strip()]

    def _join_multiline_values(self):
        groups = [(self.default_section, self._defaults)]
        groups += list(self._sections.items())
        for title, options in groups:
            for name in list(options):
                value = options[name]
                if type(value) is list:
                    value = '\n'.join(value).rstrip()
                options[name] = self._interpolation.before_read(
                    self, title, name, value)

    def _read_defaults(self, defaults):
        for name in defaults:
            self._defaults[self.optionxform(name)] = defaults[name]

    def _handle_error(self, exc, fpname, lineno, line):
        collected = exc or ParsingError(fpname)
        collected.append(lineno, repr(line))
        return collected

    def _unify_values(self, section, vars):
        own = ({} if section == self.default_section
               and section not in self._sections else self._section(section))
        given = {}
        for name, value in (vars or {}).items():
            given[self.optionxform(name)] = (value if value is None
                                             else str(value))
        return collections.ChainMap(given, own, self._defaults)

    def _convert_to_boolean(self, value):
        state = self.BOOLEAN_STATES.get(value.lower())
        if state is None:
            raise ValueError(f'Not a boolean: {value}')
        return state

    def _validate_value_types(self, *, section="", option="", value=""):
        for given, what in ((section, "section names"),
                            (option, "option keys")):
            if not isinstance(given, str):
                raise TypeError("%s must be strings" % what)
        value_required = not self._allow_no_value or value
        if value_required and not isinstance(value, str):
            raise TypeError("option values must be strings")


class _ReadState:
    # where _read() is in the text
    def __init__(self):
        self.current = self.section = self.option = self.failure = None
        self.indent = 0
        self.added = set()


class ConfigParser(RawConfigParser):
    """RawConfigParser with BasicInterpolation and string-only values."""

    _DEFAULT_INTERPOLATION = BasicInterpolation()

    def set(self, section, option, value=None):
        """As RawConfigParser.set(), for string values only."""
        self._validate_value_types(option=option, value=value)
        RawConfigParser.set(self, section, option, value)

    def add_section(self, section):
        """As RawConfigParser.add_section(), for a string name only."""
        self._validate_value_types(section=section)
        RawConfigParser.add_section(self, section)

    def _read_defaults(self, defaults):
        # through set(), so values are checked, but never interpolated
        kept, self._interpolation = self._interpolation, Interpolation()
        try:
            self.read_dict({self.default_section: defaults})
        finally:
            self._interpolation = kept


def _proxy_getter(name):
    # SectionProxy.getint ...: get() through the parser's typed getter
    def getter(self, option, fallback=None, **kwargs):
        kwargs['_impl'] = getattr(self._parser, name)
        return self.get(option, fallback, **kwargs)
    getter.__name__ = name
    return getter


class SectionProxy(collections.abc.MutableMapping):
    """The mapping view `parser[section]`."""

    def __init__(self, parser, name):
        self._parser, self._name = parser, name
        for conv in getattr(parser, '_converters', {}):
            impl = getattr(parser, 'get' + conv)
            setattr(self, 'get' + conv, functools.partial(self.get,
                                                          _impl=impl))

    def __repr__(self):
        return '<Section: %s>' % (self._name,)

    def __getitem__(self, key):
        owner = self._parser
        if owner.has_option(self._name, key):
            return owner.get(self._name, key)
        raise KeyError(key)

    def __setitem__(self, key, value):
        owner = self._parser
        owner._validate_value_types(option=key, value=value)
        return owner.set(self._name, key, value)

    def __delitem__(self, key):
        owner = self._parser
        if not owner.has_option(self._name, key):
            raise KeyError(key)
        if not owner.remove_option(self._name, key):
            raise KeyError(key)

    def __contains__(self, key):
        owner = self._parser
        return owner.has_option(self._name, key)

    def __len__(self):
        return len(list(self._options()))

    def __iter__(self):
        return iter(self._options())

    def _options(self):
        owner = self._parser
        if self._name == owner.default_section:
            return owner.defaults()
        return owner.options(self._name)

    parser = property(lambda self: self._parser)
    name = property(lambda self: self._name)

    def get(self, option, fallback=None, *, raw=False, vars=None,
            _impl=None, **kwargs):
        """The option's value, or `fallback` (None) when it is absent."""
        fetch = _impl or self._parser.get
        kwargs.update(raw=raw, vars=vars, fallback=fallback)
        return fetch(self._name, option, **kwargs)

    getint = _proxy_getter('getint')
    getfloat = _proxy_getter('getfloat')
    getboolean = _proxy_getter('getboolean')
