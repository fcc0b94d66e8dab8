"""Scanners: callables scan_once(string, idx) -> (value, end) that decode
the one JSON value starting at string[idx], raising StopIteration(idx)
when none starts there.

make_scanner is the native one.  py_make_scanner builds one in Python
that calls back the context's parse_object, parse_array and
parse_string, for decoders that replace those.
"""
import _json

__all__ = ['make_scanner']

c_make_scanner = _json.make_scanner
make_scanner = c_make_scanner

_DIGITS = '0123456789'


def _digits_end(text, at):
    size = len(text)
    while at < size and text[at] in _DIGITS:
        at += 1
    return at


def _number(text, start):
    """The JSON number at text[start] as (integer part, fraction,
    exponent, end), the last two '' when absent; None if there is none.

    Only ASCII digits count, as in the native scanner.
    """
    at = start + 1 if text.startswith('-', start) else start
    if text.startswith('0', at):
        at += 1
    else:
        past = _digits_end(text, at)
        if past == at:
            return None
        at = past
    whole = text[start:at]
    fraction = exponent = ''
    if text.startswith('.', at):
        past = _digits_end(text, at + 1)
        if past > at + 1:
            fraction = text[at:past]
            at = past
    if text[at:at + 1] in ('e', 'E'):
        digits_from = at + 1
        if text[digits_from:digits_from + 1] in ('+', '-'):
            digits_from += 1
        past = _digits_end(text, digits_from)
        if past > digits_from:
            exponent = text[at:past]
            at = past
    return whole, fraction, exponent, at


def py_make_scanner(context):
    """A scanner written in Python over context (a JSONDecoder)."""
    parse_object = context.parse_object
    parse_array = context.parse_array
    parse_string = context.parse_string
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    strict = context.strict
    memo = context.memo
    words = (('null', None), ('true', True), ('false', False))
    named_floats = ('NaN', 'Infinity', '-Infinity')

    def value_at(string, idx):
        first = string[idx:idx + 1]
        if first == '"':
            return parse_string(string, idx + 1, strict)
        if first == '{':
            return parse_object((string, idx + 1), strict, value_at,
                                object_hook, object_pairs_hook, memo)
        if first == '[':
            return parse_array((string, idx + 1), value_at)
        for word, value in words:
            if string.startswith(word, idx):
                return value, idx + len(word)
        number = _number(string, idx) if first else None
        if number is not None:
            whole, fraction, exponent, end = number
            if fraction or exponent:
                return parse_float(whole + fraction + exponent), end
            return parse_int(whole), end
        for name in named_floats:
            if string.startswith(name, idx):
                return parse_constant(name), idx + len(name)
        raise StopIteration(idx)

    def scan_once(string, idx):
        # the key memo only needs to live for one document
        try:
            return value_at(string, idx)
        finally:
            memo.clear()

    return scan_once
