"""A collection of string constants.

Besides the character classes: capwords(), $-substitution templates
(Template) and a customisable str.format engine (Formatter).

https://docs.python.org/3.11/library/string.html

The Python 2 module functions (upper, lower, split, join, atoi, ...) are
here too, outside __all__, so that old scripts run unchanged.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

ascii_lowercase = ''.join(map(chr, range(ord('a'), ord('z') + 1)))
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
octdigits = digits[:8]
hexdigits = digits + ascii_lowercase[:6] + ascii_uppercase[:6]
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
whitespace = ' \t\n\r\x0b\x0c'
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Capitalize each word of `s`: split with s.split(sep), capitalize,
    join with `sep` (one space when sep is None, so runs of whitespace
    collapse and the ends are trimmed)."""
    words = [w.capitalize() for w in s.split(sep)]
    return (' ' if sep is None else sep).join(words)


# ---------------------------------------------------------------------------
# Template (PEP 292)

_NO_MAPPING = {}


def _template_regex(cls):
    # The class's pattern: its own `pattern` attribute when it defines one,
    # otherwise one built from delimiter / idpattern / braceidpattern.
    import re
    own = cls.__dict__.get('pattern')
    if own is not None and not isinstance(own, _LazyPattern):
        source = own
    else:
        delim = re.escape(cls.delimiter)
        ident = cls.idpattern
        braced = cls.braceidpattern or ident
        source = (
            f"{delim}(?:"
            f" (?P<escaped>{delim})"       # the delimiter doubled
            f" | (?P<named>{ident})"       # $name
            f" | {{(?P<braced>{braced})}}"  # ${name}
            f" | (?P<invalid>)"            # a delimiter followed by anything else
            f" )"
        )
    return re.compile(source, cls.flags | re.VERBOSE)


class _LazyPattern:
    # Template.pattern is compiled on first use, so importing string does
    # not import re; subclasses get theirs compiled at class creation.
    def __get__(self, obj, cls):
        compiled = cls.__dict__.get('_compiled_pattern')
        if compiled is None:
            compiled = _template_regex(cls)
            setattr(cls, '_compiled_pattern', compiled)
        return compiled


class _LazyFlags:
    # re.IGNORECASE, looked up when first read (see _LazyPattern)
    def __get__(self, obj, cls):
        import re
        return re.IGNORECASE


class Template:
    """A string with $-placeholders: $name, ${name}, and $$ for a literal $."""

    delimiter = '$'
    # ASCII letters only: without (?a:) re.IGNORECASE would also admit
    # non-ASCII letters that fold to ASCII (such as the Kelvin sign).
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _LazyFlags()
    pattern = _LazyPattern()

    def __init_subclass__(cls):
        super().__init_subclass__()
        cls.pattern = _template_regex(cls)

    def __init__(self, template):
        self.template = template

    def _classify(self, mo):
        # ('name', identifier) / ('escaped', None) / ('invalid', None)
        name = mo.group('named') or mo.group('braced')
        if name is not None:
            return 'name', name
        if mo.group('escaped') is not None:
            return 'escaped', None
        if mo.group('invalid') is not None:
            return 'invalid', None
        raise ValueError('Unrecognized named group in pattern', self.pattern)

    def _invalid(self, mo):
        at = mo.start('invalid')
        rows = self.template[:at].splitlines(keepends=True)
        line, col = (len(rows), len(rows[-1])) if rows else (1, 1)
        raise ValueError(f'Invalid placeholder in string: line {line}, col {col}')

    @staticmethod
    def _lookup(mapping, kws):
        if mapping is _NO_MAPPING:
            return lambda key: kws[key]
        if not kws:
            return lambda key: mapping[key]

        def either(key):
            # keyword arguments win over the mapping
            if key in kws:
                return kws[key]
            return mapping[key]
        return either

    def substitute(self, mapping=_NO_MAPPING, /, **kws):
        get = self._lookup(mapping, kws)

        def replace(mo):
            kind, name = self._classify(mo)
            if kind == 'name':
                return str(get(name))
            if kind == 'escaped':
                return self.delimiter
            self._invalid(mo)
        return self.pattern.sub(replace, self.template)

    def safe_substitute(self, mapping=_NO_MAPPING, /, **kws):
        get = self._lookup(mapping, kws)

        def replace(mo):
            kind, name = self._classify(mo)
            if kind == 'escaped':
                return self.delimiter
            if kind == 'name':
                try:
                    return str(get(name))
                except KeyError:
                    pass
            return mo.group()
        return self.pattern.sub(replace, self.template)

    def is_valid(self):
        """False if the template has a placeholder substitute() rejects."""
        kinds = [self._classify(mo)[0] for mo in self.pattern.finditer(self.template)]
        return 'invalid' not in kinds

    def get_identifiers(self):
        """The placeholder names, each once, in order of appearance."""
        names = {}
        for mo in self.pattern.finditer(self.template):
            kind, name = self._classify(mo)
            if kind == 'name':
                names.setdefault(name)
        return list(names)


# ---------------------------------------------------------------------------
# Formatter: str.format's algorithm with every step overridable.
# There is no native _string module, so the format-string parser and the
# field-name splitter are written here; their error messages are those of
# str.format.

def _format_pieces(text):
    # (literal, field_name, spec, conversion) tuples; field_name is None for
    # a chunk of plain text. A doubled brace ends a chunk, keeping one brace.
    n = len(text)
    start = 0
    while start < n:
        stop = start
        while stop < n and text[stop] != '{' and text[stop] != '}':
            stop += 1
        if stop == n:
            yield text[start:], None, None, None
            return
        brace = text[stop]
        if stop + 1 < n and text[stop + 1] == brace:
            yield text[start:stop + 1], None, None, None
            start = stop + 2
            continue
        if brace == '}':
            raise ValueError("Single '}' encountered in format string")
        if stop + 1 == n:
            raise ValueError("Single '{' encountered in format string")
        end, name, spec, conv = _read_field(text, stop + 1)
        yield text[start:stop], name, spec, conv
        start = end


def _read_field(text, i):
    # Parses what follows a '{'; returns (index after the closing '}',
    # name, spec, conversion).
    n = len(text)
    begin = i
    while True:
        if i >= n:
            raise ValueError("expected '}' before end of string")
        ch = text[i]
        if ch == '[':
            close = text.find(']', i)
            i = n if close < 0 else close + 1
            continue
        if ch == '{':
            raise ValueError("unexpected '{' in field name")
        if ch in '}:!':
            break
        i += 1
    name = text[begin:i]
    conv = None
    if ch == '!':
        if i + 1 >= n:
            raise ValueError("end of string while looking for conversion specifier")
        conv = text[i + 1]
        i += 2
        if i >= n:
            raise ValueError("unmatched '{' in format spec")
        ch = text[i]
        if ch not in ':}':
            raise ValueError("expected ':' after conversion specifier")
    if ch == '}':
        return i + 1, name, '', conv
    # a spec may hold nested {fields}: find the brace that balances ours
    depth = 1
    j = i + 1
    while j < n:
        if text[j] == '{':
            depth += 1
        elif text[j] == '}':
            depth -= 1
            if depth == 0:
                return j + 1, name, text[i + 1:j], conv
        j += 1
    raise ValueError("unmatched '{' in format spec")


def _number_or_text(part):
    if part and all(c.isdecimal() for c in part):
        return int(part)
    return part


def _field_steps(name, i):
    # (is_attribute, key) for each .attr / [key] after the first part
    n = len(name)
    while i < n:
        ch = name[i]
        if ch == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            if j == i + 1:
                raise ValueError("Empty attribute in format string")
            yield True, name[i + 1:j]
        elif ch == '[':
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            if j == i + 1:
                raise ValueError("Empty attribute in format string")
            yield False, _number_or_text(name[i + 1:j])
            j += 1
            if j < n and name[j] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        i = j


def _split_field_name(name):
    head = 0
    while head < len(name) and name[head] not in '.[':
        head += 1
    return _number_or_text(name[:head]), _field_steps(name, head)


class Formatter:
    """str.format as a class: format() → vformat() → parse(), get_field()
    (→ get_value()), convert_field(), format_field(), check_unused_args()."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used = set()
        text, _ = self._vformat(format_string, args, kwargs, used, 2)
        self.check_unused_args(used, args, kwargs)
        return text

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        # auto_arg_index: the next automatic field number, or False once an
        # explicit number was used (the two styles cannot be mixed).
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        out = []
        counter = auto_arg_index
        for literal, name, spec, conv in self.parse(format_string):
            if literal:
                out.append(literal)
            if name is None:
                continue
            if name == '':
                if counter is False:
                    raise ValueError(_MIXED_NUMBERING)
                name = str(counter)
                counter += 1
            elif name.isdigit():
                if counter:
                    raise ValueError(_MIXED_NUMBERING)
                counter = False
            value, key = self.get_field(name, args, kwargs)
            used_args.add(key)
            value = self.convert_field(value, conv)
            spec, counter = self._vformat(spec, args, kwargs, used_args,
                                          recursion_depth - 1, counter)
            out.append(self.format_field(value, spec))
        return ''.join(out), counter

    def get_value(self, key, args, kwargs):
        return args[key] if isinstance(key, int) else kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        """Hook for a subclass that rejects unused arguments."""

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        converters = {None: None, 'r': repr, 's': str, 'a': ascii}
        if conversion not in converters:
            raise ValueError(f"Unknown conversion specifier {conversion!s}")
        func = converters[conversion]
        return value if func is None else func(value)

    def parse(self, format_string):
        """Iterate (literal_text, field_name, format_spec, conversion)."""
        return _format_pieces(format_string)

    def get_field(self, field_name, args, kwargs):
        """The object a field names, and the key of the argument used."""
        first, steps = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in steps:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first


_MIXED_NUMBERING = ('cannot switch from manual field specification '
                    'to automatic field numbering')


# ---------------------------------------------------------------------------
# Python 2's string module functions, for the dialect's old scripts.

letters = ascii_letters
lowercase = ascii_lowercase
uppercase = ascii_uppercase
index_error = atoi_error = atof_error = atol_error = ValueError


def lower(s):
    return s.lower()


def upper(s):
    return s.upper()


def swapcase(s):
    return s.swapcase()


def capitalize(s):
    return s.capitalize()


def strip(s, chars=None):
    return s.strip(chars)


def lstrip(s, chars=None):
    return s.lstrip(chars)


def rstrip(s, chars=None):
    return s.rstrip(chars)


def split(s, sep=None, maxsplit=-1):
    return s.split(sep, maxsplit)


def rsplit(s, sep=None, maxsplit=-1):
    return s.rsplit(sep, maxsplit)


def join(words, sep=' '):
    return sep.join(words)


splitfields = split
joinfields = join


def find(s, *args):
    return s.find(*args)


def rfind(s, *args):
    return s.rfind(*args)


def index(s, *args):
    return s.index(*args)


def rindex(s, *args):
    return s.rindex(*args)


def count(s, *args):
    return s.count(*args)


def replace(s, old, new, maxreplace=-1):
    return s.replace(old, new, maxreplace)


def expandtabs(s, tabsize=8):
    return s.expandtabs(tabsize)


def ljust(s, width, *args):
    return s.ljust(width, *args)


def rjust(s, width, *args):
    return s.rjust(width, *args)


def center(s, width, *args):
    return s.center(width, *args)


def zfill(x, width):
    # Python 2 accepted numbers too, formatting them with repr()
    return (x if isinstance(x, str) else repr(x)).zfill(width)


def atoi(s, base=10):
    return int(s, base)


atol = atoi


def atof(s):
    return float(s)


def maketrans(fromstr, tostr):
    if len(fromstr) != len(tostr):
        raise ValueError("maketrans arguments must have same length")
    return str.maketrans(fromstr, tostr)


def translate(s, table, deletions=""):
    if table is None and not deletions:
        return s
    mapping = dict(table) if table is not None else {}
    mapping.update(dict.fromkeys(map(ord, deletions)))
    return s.translate(mapping)
