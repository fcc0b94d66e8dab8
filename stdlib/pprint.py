"""Pretty-printing of nested data: lists, tuples, dicts, sets, strings and
bytes broken over lines to fit a width, with recursion markers.

https://docs.python.org/3.11/library/pprint.html

The layout rules follow CPython's exactly (the output must be identical);
the code is written for pys.
"""

import sys as _sys
import types as _types
import collections as _coll

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


# -- module-level shortcuts ----------------------------------------------

def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Write the pretty form of `object` and a newline to `stream`
    (sys.stdout when None)."""
    PrettyPrinter(indent, width, depth, stream, compact=compact,
                  sort_dicts=sort_dicts,
                  underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """The pretty form of `object` as a string."""
    printer = PrettyPrinter(indent, width, depth, compact=compact,
                            sort_dicts=sort_dicts,
                            underscore_numbers=underscore_numbers)
    return printer.pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint() with dicts left in insertion order by default."""
    return pprint(object, *args, **kwargs, sort_dicts=sort_dicts)


def _plain(object):
    # the (text, readable, recursive) triple with default settings
    return PrettyPrinter()._safe_repr(object, {}, None, 0)


def saferepr(object):
    """repr() that survives self-containing lists, tuples and dicts."""
    return _plain(object)[0]


def isreadable(object):
    """Whether eval() could rebuild the object from saferepr()."""
    return _plain(object)[1]


def isrecursive(object):
    """Whether the object contains itself."""
    return _plain(object)[2]


# -- ordering of values that may not be comparable -----------------------

class _safe_key:
    """Sort key wrapper: values that refuse `<` between them are ordered by
    their type's name and then by id, as Python 2 did."""

    __slots__ = ('obj',)

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        mine, theirs = self.obj, other.obj
        try:
            return mine < theirs
        except TypeError:
            pass
        return (str(type(mine)), id(mine)) < (str(type(theirs)), id(theirs))


def _safe_tuple(pair):
    "Sort key for a (key, value) pair of a mapping."
    return (_safe_key(pair[0]), _safe_key(pair[1]))


def _first(pair):
    return pair[0]


def _sorted_items(mapping):
    # Ordered by key. Wrapped keys compare like the keys themselves until
    # two of them refuse `<`, so the plain sort is tried first.
    pairs = list(mapping.items())
    try:
        return sorted(pairs, key=_first)
    except TypeError:
        return sorted(pairs, key=_safe_tuple)


def _sorted_elements(items):
    try:
        return sorted(items)
    except TypeError:
        return sorted(items, key=_safe_key)


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


_builtin_scalars = frozenset((str, bytes, bytearray, float, complex, bool,
                              type(None)))


def _bytes_chunks(data, room, allowance):
    # Group `data` by 4-byte slices into reprs no wider than `room`; the
    # slice starting at the last multiple of 4 must also leave `allowance`.
    pieces = []
    pending = b''
    final_start = (len(data) // 4) * 4
    for start in range(0, len(data), 4):
        quad = data[start:start + 4]
        if start == final_start:
            room -= allowance
        trial = pending + quad
        if len(repr(trial)) <= room:
            pending = trial
            continue
        if pending:
            pieces.append(repr(pending))
        pending = quad
    if pending:
        pieces.append(repr(pending))
    return pieces


def _words(line):
    # runs of non-blanks each followed by its blanks (re's \S*\s*)
    import re
    found = re.findall(r'\S*\s*', line)
    found.pop()
    return found


_dataclass_repr_code = None


def _has_generated_repr(object):
    # A dataclass instance whose __repr__ is the one @dataclass wrote.
    global _dataclass_repr_code
    cls = type(object)
    if isinstance(object, type) or not hasattr(cls, '__dataclass_fields__'):
        return False
    params = getattr(cls, '__dataclass_params__', None)
    if params is None or not params.repr:
        return False
    if _dataclass_repr_code is None:
        from _dataclass_gen import make_repr
        _dataclass_repr_code = make_repr(()).__code__
    return getattr(cls.__repr__, '__code__', None) is _dataclass_repr_code


# -- the printer ---------------------------------------------------------

class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        """A pretty printer: `indent` spaces per nesting level, lines kept
        within `width` columns where possible, containers deeper than
        `depth` shown as '...', output to `stream` (sys.stdout as it is
        now when None). `compact` packs several short items per line,
        `sort_dicts` orders dict keys, `underscore_numbers` writes ints
        as 1_000."""
        indent, width = int(indent), int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if not (depth is None or depth > 0):
            raise ValueError('depth must be > 0')
        if width == 0:
            raise ValueError('width must be != 0')
        self._width, self._depth, self._indent_per_level = width, depth, indent
        self._stream = _sys.stdout if stream is None else stream
        self._compact, self._sort_dicts, self._underscore_numbers = \
            bool(compact), sort_dicts, underscore_numbers

    # public entry points

    def pprint(self, object):
        out = self._stream
        if out is None:
            return
        self._format(object, out, 0, 0, {}, 0)
        out.write("\n")

    def pformat(self, object):
        from io import StringIO
        buf = StringIO()
        self._format(object, buf, 0, 0, {}, 0)
        return buf.getvalue()

    def isrecursive(self, object):
        _, _, rec = self.format(object, {}, 0, 0)
        return rec

    def isreadable(self, object):
        _, ok, rec = self.format(object, {}, 0, 0)
        return ok and not rec

    def format(self, object, context, maxlevels, level):
        """(text, readable, recursive) for `object` on one line; a hook
        that subclasses override to change how values are shown."""
        return self._safe_repr(object, context, maxlevels, level)

    # one-line representations

    def _repr(self, object, context, level):
        text, readable, recursive = self.format(
            object, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def _safe_repr(self, object, context, maxlevels, level):
        # (text, readable, recursive) for one line
        cls = type(object)
        shown = getattr(cls, '__repr__', None)
        if cls in _builtin_scalars or (
                shown is int.__repr__ and issubclass(cls, int)
                and not self._underscore_numbers):
            return repr(object), True, False
        if shown is int.__repr__ and issubclass(cls, int):
            return format(object, '_d'), True, False
        if shown is dict.__repr__ and issubclass(cls, dict):
            if not object:
                return '{}', True, False
            return self._safe_join(object, context, maxlevels, level,
                                   '{', '}', True)
        if shown is list.__repr__ and issubclass(cls, list):
            if not object:
                return '[]', True, False
            return self._safe_join(object, context, maxlevels, level,
                                   '[', ']', False)
        if shown is tuple.__repr__ and issubclass(cls, tuple):
            if len(object) == 1:
                return self._safe_join(object, context, maxlevels, level,
                                       '(', ',)', False)
            if not object:
                return '()', True, False
            return self._safe_join(object, context, maxlevels, level,
                                   '(', ')', False)
        text = repr(object)
        return text, (text and not text.startswith('<')), False

    def _safe_join(self, object, context, maxlevels, level, opener, closer,
                   mapping):
        # a non-empty dict, list or tuple on one line
        key = id(object)
        if maxlevels and maxlevels <= level:
            return opener + '...' + closer, False, key in context
        if key in context:
            return _recursion(object), False, True
        context[key] = 1
        level += 1
        fmt = self.format
        if mapping:
            members = []
            pairs = _sorted_items(object) if self._sort_dicts \
                else object.items()
            for k, v in pairs:
                members.append(k)
                members.append(v)
        else:
            members = object
        texts = []
        readable, recursive = True, False
        for member in members:
            text, ok, rec = fmt(member, context, maxlevels, level)
            texts.append(text)
            if not ok and readable is True:
                readable = ok if mapping else False
            if rec:
                recursive = True
        del context[key]
        if mapping:
            texts = [texts[i] + ': ' + texts[i + 1]
                     for i in range(0, len(texts), 2)]
        return opener + ', '.join(texts) + closer, readable, recursive

    # multi-line layout

    def _format(self, object, stream, indent, allowance, context, level):
        key = id(object)
        if key in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        text = self._repr(object, context, level)
        if len(text) <= self._width - indent - allowance:
            stream.write(text)
            return
        layout = self._dispatch.get(type(object).__repr__)
        if layout is None and _has_generated_repr(object):
            layout = type(self)._pprint_dataclass
        if layout is None:
            stream.write(text)
            return
        context[key] = 1
        layout(self, object, stream, indent, allowance, context, level + 1)
        del context[key]

    def _format_items(self, items, stream, indent, allowance, context, level):
        # the elements of a sequence, one per line (or packed when compact)
        step = self._indent_per_level
        indent += step
        if step > 1:
            stream.write(' ' * (step - 1))
        items = list(items)
        if not items:
            return
        newline = ',\n' + ' ' * indent
        full = self._width - indent + 1
        left = full
        sep = ''
        final = len(items) - 1
        for pos, item in enumerate(items):
            is_last = pos == final
            if is_last:
                full -= allowance
                left -= allowance
            if self._compact:
                text = self._repr(item, context, level)
                need = len(text) + 2
                if left < need:
                    left = full
                    if sep:
                        sep = newline
                if left >= need:
                    left -= need
                    stream.write(sep)
                    stream.write(text)
                    sep = ', '
                    continue
            stream.write(sep)
            sep = newline
            self._format(item, stream, indent, allowance if is_last else 1,
                         context, level)

    def _format_dict_items(self, items, stream, indent, allowance, context,
                           level):
        indent += self._indent_per_level
        pairs = list(items)
        newline = ',\n' + ' ' * indent
        for pos, (k, v) in enumerate(pairs):
            if pos:
                stream.write(newline)
            ktext = self._repr(k, context, level)
            stream.write(ktext + ': ')
            tail = allowance if pos == len(pairs) - 1 else 1
            self._format(v, stream, indent + len(ktext) + 2, tail, context,
                         level)

    def _format_namespace_items(self, items, stream, indent, allowance,
                                context, level):
        pairs = list(items)
        newline = ',\n' + ' ' * indent
        for pos, (name, value) in enumerate(pairs):
            if pos:
                stream.write(newline)
            stream.write(name + '=')
            if id(value) in context:
                # what a recursive dataclass repr shows
                stream.write('...')
                continue
            tail = allowance if pos == len(pairs) - 1 else 1
            self._format(value, stream, indent + len(name) + 1, tail, context,
                         level)

    # layouts by type (see _dispatch below)

    def _pprint_dict(self, obj, stream, indent, allowance, context, level):
        stream.write('{' + ' ' * max(self._indent_per_level - 1, 0))
        if len(obj):
            pairs = _sorted_items(obj) if self._sort_dicts else obj.items()
            self._format_dict_items(pairs, stream, indent, allowance + 1,
                                    context, level)
        stream.write('}')

    def _pprint_ordered_dict(self, obj, stream, indent, allowance, context,
                             level):
        if not obj:
            stream.write(repr(obj))
            return
        name = obj.__class__.__name__
        stream.write(name + '(')
        self._format(list(obj.items()), stream, indent + len(name) + 1,
                     allowance + 1, context, level)
        stream.write(')')

    def _pprint_list(self, obj, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(obj, stream, indent, allowance + 1, context, level)
        stream.write(']')

    def _pprint_tuple(self, obj, stream, indent, allowance, context, level):
        close = ',)' if len(obj) == 1 else ')'
        stream.write('(')
        self._format_items(obj, stream, indent, allowance + len(close),
                           context, level)
        stream.write(close)

    def _pprint_set(self, obj, stream, indent, allowance, context, level):
        if not len(obj):
            stream.write(repr(obj))
            return
        kind = obj.__class__
        if kind is set:
            open_, close = '{', '}'
        else:
            open_, close = kind.__name__ + '({', '})'
            indent += len(kind.__name__) + 1
        stream.write(open_)
        self._format_items(_sorted_elements(obj), stream, indent,
                           allowance + len(close), context, level)
        stream.write(close)

    def _pprint_str(self, obj, stream, indent, allowance, context, level):
        if not len(obj):
            stream.write(repr(obj))
            return
        if level == 1:
            # a top-level string gets parentheses so the pieces concatenate
            indent += 1
            allowance += 1
        room = self._width - indent
        lines = obj.splitlines(True)
        final = len(lines) - 1
        chunks = []
        for n, line in enumerate(lines):
            whole = repr(line)
            if len(whole) <= (room - allowance if n == final else room):
                chunks.append(whole)
                continue
            words = _words(line)
            pending = ''
            limit = room
            for m, word in enumerate(words):
                if n == final and m == len(words) - 1:
                    limit -= allowance
                trial = pending + word
                if len(repr(trial)) <= limit:
                    pending = trial
                    continue
                if pending:
                    chunks.append(repr(pending))
                pending = word
            if pending:
                chunks.append(repr(pending))
        if len(chunks) == 1:
            stream.write(chunks[0])
            return
        body = ('\n' + ' ' * indent).join(chunks)
        if level == 1:
            body = '(' + body + ')'
        stream.write(body)

    def _pprint_bytes(self, obj, stream, indent, allowance, context, level):
        if len(obj) <= 4:
            stream.write(repr(obj))
            return
        wrap = level == 1
        if wrap:
            indent += 1
            allowance += 1
        chunks = _bytes_chunks(obj, self._width - indent, allowance)
        body = ('\n' + ' ' * indent).join(chunks)
        stream.write('(' + body + ')' if wrap else body)

    def _pprint_bytearray(self, obj, stream, indent, allowance, context,
                          level):
        stream.write('bytearray(')
        self._pprint_bytes(bytes(obj), stream, indent + 10, allowance + 1,
                           context, level + 1)
        stream.write(')')

    def _pprint_mappingproxy(self, obj, stream, indent, allowance, context,
                             level):
        stream.write('mappingproxy(')
        self._format(obj.copy(), stream, indent + 13, allowance + 1, context,
                     level)
        stream.write(')')

    def _pprint_simplenamespace(self, obj, stream, indent, allowance, context,
                                level):
        # SimpleNamespace itself shows as "namespace(...)"; subclasses by name
        if type(obj) is _types.SimpleNamespace:
            name = 'namespace'
        else:
            name = obj.__class__.__name__
        stream.write(name + '(')
        self._format_namespace_items(obj.__dict__.items(), stream,
                                     indent + len(name) + 1, allowance,
                                     context, level)
        stream.write(')')

    def _pprint_dataclass(self, obj, stream, indent, allowance, context,
                          level):
        from dataclasses import fields
        name = obj.__class__.__name__
        shown = [(f.name, getattr(obj, f.name)) for f in fields(obj) if f.repr]
        stream.write(name + '(')
        self._format_namespace_items(shown, stream, indent + len(name) + 1,
                                     allowance, context, level)
        stream.write(')')

    def _pprint_default_dict(self, obj, stream, indent, allowance, context,
                             level):
        if not obj:
            stream.write(repr(obj))
            return
        name = obj.__class__.__name__
        factory = self._repr(obj.default_factory, context, level)
        indent += len(name) + 1
        stream.write(name + '(' + factory + ',\n' + ' ' * indent)
        self._pprint_dict(obj, stream, indent, allowance + 1, context, level)
        stream.write(')')

    def _pprint_counter(self, obj, stream, indent, allowance, context, level):
        if not obj:
            stream.write(repr(obj))
            return
        name = obj.__class__.__name__
        stream.write(name + '({' + ' ' * max(self._indent_per_level - 1, 0))
        self._format_dict_items(obj.most_common(), stream,
                                indent + len(name) + 1, allowance + 2,
                                context, level)
        stream.write('})')

    def _pprint_chain_map(self, obj, stream, indent, allowance, context,
                          level):
        maps = obj.maps
        if not maps:
            stream.write(repr(obj))
            return
        name = obj.__class__.__name__
        indent += len(name) + 1
        stream.write(name + '(')
        for m in maps[:-1]:
            self._format(m, stream, indent, 1, context, level)
            stream.write(',\n' + ' ' * indent)
        self._format(maps[-1], stream, indent, allowance + 1, context, level)
        stream.write(')')

    def _pprint_deque(self, obj, stream, indent, allowance, context, level):
        if not obj:
            stream.write(repr(obj))
            return
        name = obj.__class__.__name__
        indent += len(name) + 1
        stream.write(name + '([')
        if obj.maxlen is None:
            self._format_items(obj, stream, indent, allowance + 2, context,
                               level)
            stream.write('])')
            return
        self._format_items(obj, stream, indent, 2, context, level)
        limit = self._repr(obj.maxlen, context, level)
        stream.write('],\n' + ' ' * indent + 'maxlen=' + limit + ')')

    def _pprint_user_wrapper(self, obj, stream, indent, allowance, context,
                             level):
        # UserDict, UserList, UserString print as what they wrap
        self._format(obj.data, stream, indent, allowance, context, level - 1)

    _pprint_user_dict = _pprint_user_list = _pprint_user_string = \
        _pprint_user_wrapper


def _build_dispatch():
    table = {}
    c = _coll
    for kind, layout in (
            (dict, '_pprint_dict'),
            (c.OrderedDict, '_pprint_ordered_dict'),
            (list, '_pprint_list'),
            (tuple, '_pprint_tuple'),
            (set, '_pprint_set'),
            (frozenset, '_pprint_set'),
            (str, '_pprint_str'),
            (bytes, '_pprint_bytes'),
            (bytearray, '_pprint_bytearray'),
            (_types.MappingProxyType, '_pprint_mappingproxy'),
            (_types.SimpleNamespace, '_pprint_simplenamespace'),
            (c.defaultdict, '_pprint_default_dict'),
            (c.Counter, '_pprint_counter'),
            (c.ChainMap, '_pprint_chain_map'),
            (c.deque, '_pprint_deque'),
            (c.UserDict, '_pprint_user_dict'),
            (c.UserList, '_pprint_user_list'),
            (c.UserString, '_pprint_user_string')):
        table[kind.__repr__] = getattr(PrettyPrinter, layout)
    return table


# keyed by the type's __repr__, so subclasses that keep it are laid out too
PrettyPrinter._dispatch = _build_dispatch()
del _build_dispatch
