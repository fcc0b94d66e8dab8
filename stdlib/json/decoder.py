"""The JSON decoder: JSONDecoder, JSONDecodeError, and the pure-Python
object and array parsers that json.scanner.py_make_scanner drives.

Documents are scanned by the native _json module; this layer holds the
configuration and the error type.
"""
import _json
from json import scanner

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

WHITESPACE_STR = ' \t\n\r'

# the native string scanner is the only one: there is no pure-Python twin
scanstring = c_scanstring = _json.scanstring

_skip_ws = _json._skip_ws

# parse_constant's default: the three names JSON borrows from JavaScript
_NAMED_FLOATS = {'NaN': NaN, 'Infinity': PosInf, '-Infinity': NegInf}


class JSONDecodeError(ValueError):
    """A ValueError for a malformed document, saying where it went wrong.

    msg is the bare message, doc the document and pos the index in it
    where decoding failed; lineno and colno give pos counted from 1.
    """

    def __init__(self, msg, doc, pos):
        line_start = doc.rfind('\n', 0, pos) + 1
        lineno = doc.count('\n', 0, line_start) + 1
        colno = pos - line_start + 1
        super().__init__(f'{msg}: line {lineno} column {colno} (char {pos})')
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        # args holds the formatted text; rebuild from the three inputs
        return type(self), (self.msg, self.doc, self.pos)


def _next_value(text, at, scan_once):
    try:
        return scan_once(text, at)
    except StopIteration as stop:
        raise JSONDecodeError('Expecting value', text, stop.value) from None


def JSONObject(s_and_end, strict, scan_once, object_hook, object_pairs_hook,
               memo=None):
    """Parse the members of an object whose '{' was just consumed.

    s_and_end is (document, index after the brace); returns the decoded
    object and the index after its '}'.  Keys are interned through memo.
    """
    text, at = s_and_end
    if memo is None:
        memo = {}
    pairs = []
    at = _skip_ws(text, at)
    closed = text.startswith('}', at)
    while not closed:
        if not text.startswith('"', at):
            raise JSONDecodeError(
                'Expecting property name enclosed in double quotes', text, at)
        name, at = scanstring(text, at + 1, strict)
        name = memo.setdefault(name, name)
        at = _skip_ws(text, at)
        if not text.startswith(':', at):
            raise JSONDecodeError("Expecting ':' delimiter", text, at)
        value, at = _next_value(text, _skip_ws(text, at + 1), scan_once)
        pairs.append((name, value))
        at = _skip_ws(text, at)
        closed = text.startswith('}', at)
        if not closed:
            if not text.startswith(',', at):
                raise JSONDecodeError("Expecting ',' delimiter", text, at)
            at = _skip_ws(text, at + 1)
    if object_pairs_hook is not None:
        return object_pairs_hook(pairs), at + 1
    result = dict(pairs)
    if object_hook is not None:
        result = object_hook(result)
    return result, at + 1


def JSONArray(s_and_end, scan_once):
    """Parse the items of an array whose '[' was just consumed; returns
    the list and the index after its ']'."""
    text, at = s_and_end
    items = []
    at = _skip_ws(text, at)
    closed = text.startswith(']', at)
    while not closed:
        value, at = _next_value(text, at, scan_once)
        items.append(value)
        at = _skip_ws(text, at)
        closed = text.startswith(']', at)
        if not closed:
            if not text.startswith(',', at):
                raise JSONDecodeError("Expecting ',' delimiter", text, at)
            at = _skip_ws(text, at + 1)
    return items, at + 1


class JSONDecoder(object):
    """Decodes JSON documents (https://json.org) to Python values.

    objects become dicts, arrays lists, strings str, numbers int or float,
    true/false/null True/False/None.  NaN, Infinity and -Infinity, which
    JSON itself lacks, are accepted as the matching floats.
    """

    def __init__(self, *, object_hook=None, parse_float=None,
            parse_int=None, parse_constant=None, strict=True,
            object_pairs_hook=None):
        """Configure the decoder; every argument is optional.

        object_hook(dict) replaces each decoded object by its result;
        object_pairs_hook(list of pairs) does the same from the pairs in
        document order and wins over object_hook.  parse_float, parse_int
        and parse_constant receive the source text of each float, int,
        and NaN/Infinity/-Infinity.  With strict false, strings may hold
        raw control characters.
        """
        self.object_hook = object_hook
        self.object_pairs_hook = object_pairs_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _NAMED_FLOATS.__getitem__
        self.strict = strict
        # what py_make_scanner calls back; the native scanner ignores them
        self.parse_object = JSONObject
        self.parse_array = JSONArray
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s, _w=None):
        """Decode the document s (a str); only whitespace may surround
        it."""
        if _w is None:
            value, end = self.raw_decode(s, _skip_ws(s, 0))
            end = _skip_ws(s, end)
        else:
            # the old hook: a regex-style match function for whitespace
            value, end = self.raw_decode(s, _w(s, 0).end())
            end = _w(s, end).end()
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return value

    def raw_decode(self, s, idx=0):
        """Decode the document that starts at s[idx] and return it with
        the index where it ends; what follows it is not examined."""
        try:
            return self.scan_once(s, idx)
        except StopIteration as stop:
            raise JSONDecodeError('Expecting value', s, stop.value) from None
