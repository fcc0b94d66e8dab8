"""JSON (https://json.org, RFC 8259) for Python.

dumps() and dump() write Python values as JSON text; loads() and load()
read JSON text back.  JSONEncoder and JSONDecoder carry the options and
can be subclassed; the scanning and encoding themselves are native
(_json).

    >>> import json
    >>> json.dumps({"spam": [1, 2.5, None]})
    '{"spam": [1, 2.5, null]}'
    >>> json.loads('{"spam": [1, 2.5, null]}')
    {'spam': [1, 2.5, None]}
"""

__version__ = '2.0.9'
__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONDecodeError', 'JSONEncoder',
]

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

# shared by the calls that use no option at all, the common case
_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def _encoder(cls, skipkeys, ensure_ascii, check_circular, allow_nan, indent,
             separators, default, sort_keys, kw):
    # Options left at their defaults select the shared encoder.  Values
    # merely equal to them (0, 1) configure an encoder that writes the
    # same, so identity tests are enough.
    if (cls is indent is separators is default is None
            and skipkeys is sort_keys is False
            and ensure_ascii is check_circular is allow_nan is True
            and not kw):
        return _default_encoder
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
        allow_nan=True, cls=None, indent=None, separators=None,
        default=None, sort_keys=False, **kw):
    """Write obj as JSON to the text file fp, piece by piece as it is
    encoded.  The options are those of dumps()."""
    encoder = _encoder(cls, skipkeys, ensure_ascii, check_circular,
                       allow_nan, indent, separators, default, sort_keys, kw)
    write = fp.write
    for piece in encoder.iterencode(obj):
        write(piece)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
        allow_nan=True, cls=None, indent=None, separators=None,
        default=None, sort_keys=False, **kw):
    """Return obj as JSON text (a str).

    skipkeys: leave out dict entries whose key is not a str, int, float,
        bool or None, instead of raising TypeError.
    ensure_ascii: write non-ASCII characters as \\u escapes (the
        default); when false they are written as they are.
    check_circular: detect containers that contain themselves (else such
        data ends in RecursionError).
    allow_nan: write nan and the infinities as NaN, Infinity, -Infinity
        (not JSON proper); when false they raise ValueError.
    indent: pretty-print, each level indented by this many spaces or by
        this string; None (the default) writes everything on one line.
    separators: an (item_separator, key_separator) pair; the default is
        (', ', ': '), or (',', ': ') with an indent.
    default: called with each object that cannot be encoded, to return
        one that can (or raise TypeError).
    sort_keys: write the entries of dicts sorted by key.
    cls: the JSONEncoder subclass to use; other keyword arguments go to
        its constructor.
    """
    if (cls is indent is separators is default is None
            and skipkeys is sort_keys is False
            and ensure_ascii is check_circular is allow_nan is True
            and not kw):
        return _default_encoder.encode(obj)
    return _encoder(cls, skipkeys, ensure_ascii, check_circular, allow_nan,
                    indent, separators, default, sort_keys, kw).encode(obj)


# byte order marks, longest first since the UTF-32 LE one starts with
# the UTF-16 LE one
_BOMS = (
    (b'\xff\xfe\x00\x00', 'utf-32'), (b'\x00\x00\xfe\xff', 'utf-32'),
    (b'\xff\xfe', 'utf-16'), (b'\xfe\xff', 'utf-16'),
    (b'\xef\xbb\xbf', 'utf-8-sig'),
)


def detect_encoding(b):
    """The encoding of the JSON document b (bytes): its byte order mark
    if it has one, else what the NUL bytes among its first four tell,
    since a document starts with ASCII characters (RFC 4627)."""
    for mark, name in _BOMS:
        if b.startswith(mark):
            return name
    if len(b) >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2 and not (b[0] and b[1]):
        return 'utf-16-le' if b[0] else 'utf-16-be'
    return 'utf-8'


def load(fp, *, cls=None, object_hook=None, parse_float=None,
        parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Read the whole of fp (a file opened for reading, text or binary)
    and decode it as JSON; the options are those of loads()."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None,
        parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Decode the JSON document s (str, bytes or bytearray).

    Bytes may be UTF-8, UTF-16 or UTF-32 (see detect_encoding).  The
    hooks are those of JSONDecoder: object_hook, object_pairs_hook,
    parse_float, parse_int, parse_constant.  cls is the JSONDecoder
    subclass to use; other keyword arguments (such as strict) go to its
    constructor.
    """
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError(
                'Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    elif isinstance(s, (bytes, bytearray)):
        s = s.decode(detect_encoding(s), 'surrogatepass')
    else:
        raise TypeError('the JSON object must be str, bytes or bytearray, '
                        f'not {s.__class__.__name__}')
    if object_hook is parse_float is parse_int is parse_constant \
            is object_pairs_hook is None:
        if cls is None and not kw:
            return _default_decoder.decode(s)
    else:
        # only the hooks given reach cls, whose constructor may not take
        # the others
        hooks = (('object_hook', object_hook), ('parse_float', parse_float),
                 ('parse_int', parse_int), ('parse_constant', parse_constant),
                 ('object_pairs_hook', object_pairs_hook))
        kw.update((name, hook) for name, hook in hooks if hook is not None)
    if cls is None:
        cls = JSONDecoder
    return cls(**kw).decode(s)
