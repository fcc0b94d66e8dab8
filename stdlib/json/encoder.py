"""The JSON encoder: JSONEncoder and the string quoting functions.

The walk over the data (containers, separators, indentation, cycle
checks, default()) is the native _json encoder; this layer holds the
options and the extension points.
"""
import _json

c_encode_basestring = _json.encode_basestring
c_encode_basestring_ascii = _json.encode_basestring_ascii
c_make_encoder = _json.make_encoder

encode_basestring = c_encode_basestring
encode_basestring_ascii = c_encode_basestring_ascii

INFINITY = float('inf')

# What JSON strings cannot hold raw: the quote, the backslash and the
# control characters, with the short escapes JSON defines where it has one.
_ESCAPES = {code: '\\u%04x' % code for code in range(0x20)}
_ESCAPES.update({ord('"'): '\\"', ord('\\'): '\\\\', ord('\n'): '\\n',
                 ord('\r'): '\\r', ord('\t'): '\\t', ord('\b'): '\\b',
                 ord('\f'): '\\f'})


def _u_escape(char):
    code = ord(char)
    if code < 0x10000:
        return '\\u%04x' % code
    # outside the BMP JSON spells the UTF-16 surrogate pair
    code -= 0x10000
    return '\\u%04x\\u%04x' % (0xd800 + (code >> 10), 0xdc00 + (code & 0x3ff))


def py_encode_basestring(s):
    """s as a JSON string literal, non-ASCII characters kept."""
    return '"' + s.translate(_ESCAPES) + '"'


def py_encode_basestring_ascii(s):
    """s as a JSON string literal in ASCII: DEL and everything above it
    become \\u escapes."""
    body = s.translate(_ESCAPES)
    if not body.isascii() or '\x7f' in body:
        body = ''.join(c if c < '\x7f' else _u_escape(c) for c in body)
    return '"' + body + '"'


def _float_writer(allow_nan):
    # the float text for iterencode; the one-shot encoder has its own
    float_repr = float.__repr__
    specials = frozenset(('nan', 'inf', '-inf'))

    def write(value):
        text = float_repr(value)
        if text not in specials:
            return text
        if not allow_nan:
            raise ValueError(
                'Out of range float values are not JSON compliant: '
                + repr(value))
        return 'NaN' if text == 'nan' else text.replace('inf', 'Infinity')
    return write


_FLOAT_WRITERS = {True: _float_writer(True), False: _float_writer(False)}


class JSONEncoder(object):
    """Encodes Python values as JSON (https://json.org).

    dict becomes an object, list and tuple arrays, str a string, int and
    float numbers (int and float subclasses included), True/False/None
    true/false/null.  For anything else default() is called; override it
    (or pass default=) to return an encodable stand-in.
    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
            check_circular=True, allow_nan=True, sort_keys=False,
            indent=None, separators=None, default=None):
        """Set the options; they mean what they mean for json.dumps().

        When indent is given and separators is not, the item separator
        loses its trailing space, which the newline replaces.
        """
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return an encodable stand-in for o, which the encoder cannot
        handle itself.  This one raises TypeError; subclasses extend it
        and call it for what they do not handle either."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """The JSON text of o, as one str."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        # one piece from the native encoder, or whatever an overriding
        # iterencode yields
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """Yield the JSON text of o in pieces as they are produced, e.g.
        to write a large document without building it in memory."""
        # the module's quoting functions are looked up on each use, so
        # that replacing them takes effect as it always has
        quote = encode_basestring_ascii if self.ensure_ascii else encode_basestring
        native = c_make_encoder(
            {} if self.check_circular else None, self.default, quote,
            self.indent, self.key_separator, self.item_separator,
            self.sort_keys, self.skipkeys, self.allow_nan)
        if _one_shot:
            return native(o, 0)
        return _json._iterencode(
            native, _FLOAT_WRITERS[bool(self.allow_nan)], o, 0)
