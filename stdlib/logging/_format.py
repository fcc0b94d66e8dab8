"""Private helper of the logging package: the three format styles and the
Formatter / BufferingFormatter classes (re-exported by logging)."""

import io
import re
import time
import string
import traceback

_fields_of = string.Formatter().parse


def _markers(default, asctime, search):
    # default_format, asctime_format and asctime_search of a style class
    def apply(cls):
        cls.default_format, cls.asctime_format = default, asctime
        cls.asctime_search = search
        return cls
    return apply


def _require_fields(named):
    if not named:
        raise ValueError('invalid format: no fields')


@_markers('%(message)s', '%(asctime)s', '%(asctime)')
class PercentStyle(object):
    """printf-style: '%(levelname)s %(message)s'."""

    # at least one %(name)<conversion> must appear
    validation_pattern = re.compile(
        r'%\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxefgcrsa%]', re.I)

    def __init__(self, fmt, *, defaults=None):
        self._fmt, self._defaults = fmt or self.default_format, defaults

    def usesTime(self):
        return self.asctime_search in self._fmt

    def validate(self):
        """ValueError unless the format names at least one record field."""
        if self.validation_pattern.search(self._fmt) is None:
            raise ValueError("Invalid format '%s' for '%s' style"
                             % (self._fmt, self.default_format[0]))

    def _format(self, record):
        # the style's defaults, overridden by the record's own attributes
        values = record.__dict__
        if self._defaults:
            values = {**self._defaults, **values}
        return self._render(values)

    def _render(self, values):
        return self._fmt % values

    def format(self, record):
        try:
            text = self._format(record)
        except KeyError as missing:
            raise ValueError('Formatting field not found in record: %s'
                             % missing)
        return text


@_markers('{message}', '{asctime}', '{asctime')
class StrFormatStyle(PercentStyle):
    """str.format style: '{levelname} {message}'."""

    fmt_spec = re.compile(r'^(.?[<>=^])?[+ -]?#?0?(\d+|{\w+})?[,_]?'
                          r'(\.(\d+|{\w+}))?[bcdefgnosx%]?$', re.I)
    field_spec = re.compile(r'^(\d+|\w+)(\.\w+|\[[^]]+\])*$')

    def _render(self, values):
        return str.format(self._fmt, **values)

    def _check_piece(self, field, spec, conversion):
        checks = (
            (field, lambda: self.field_spec.match(field),
             'invalid field name/expression: %r'),
            (conversion, lambda: conversion in 'rsa', 'invalid conversion: %r'),
            (spec, lambda: self.fmt_spec.match(spec), 'bad specifier: %r'),
        )
        for given, acceptable, complaint in checks:
            if given and not acceptable():
                raise ValueError(complaint % given)

    def validate(self):
        named = False
        try:
            for _text, field, spec, conversion in _fields_of(self._fmt):
                self._check_piece(field, spec, conversion)
                named = named or bool(field)
        except ValueError as problem:
            raise ValueError('invalid format: %s' % problem)
        _require_fields(named)


@_markers('${message}', '${asctime}', '${asctime}')
class StringTemplateStyle(PercentStyle):
    """string.Template style: '$levelname ${message}'."""

    @property
    def _tpl(self):
        return string.Template(self._fmt)

    def usesTime(self):
        return any(key in self._fmt for key in ('$asctime', '${asctime}'))

    def validate(self):
        named = False
        for found in string.Template.pattern.finditer(self._fmt):
            groups = found.groupdict()
            if groups['named'] or groups['braced']:
                named = True
            elif found.group(0) == '$':
                raise ValueError("invalid format: bare '$' not allowed")
        _require_fields(named)

    def _render(self, values):
        return self._tpl.substitute(values)


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

_last_time = [(None, None)]   # [((second, pattern, converter), text)]

# style character -> (style class, default format of basicConfig)
_STYLES = {}
for _cls, _opening in ((PercentStyle, '%('), (StrFormatStyle, '{'),
                       (StringTemplateStyle, '${')):
    _closing = ')s' if _opening == '%(' else '}'
    _STYLES[_cls.default_format[0]] = (_cls, BASIC_FORMAT.replace(
        '%(', _opening).replace(')s', _closing))
del _cls, _opening, _closing


def _append_block(text, block):
    return text + block if text.endswith("\n") else text + "\n" + block


class Formatter(object):
    """Turns a LogRecord into text using a format string in one of the
    styles '%', '{' or '$'; see the logging documentation for the record
    attributes a format may name."""

    converter = time.localtime
    default_time_format, default_msec_format = '%Y-%m-%d %H:%M:%S', '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%',
                 validate=True, *, defaults=None):
        try:
            style_class = _STYLES[style][0]
        except KeyError:
            raise ValueError('Style must be one of: %s'
                             % ','.join(_STYLES)) from None
        self._style = style_class(fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt, self.datefmt = self._style._fmt, datefmt

    def formatTime(self, record, datefmt=None):
        """record.created as text: `datefmt` for time.strftime, or by
        default '2024-01-02 03:04:05,678'."""
        pattern = datefmt or self.default_time_format
        text = self._seconds_text(record.created, pattern)
        if datefmt:
            return text
        msec_fmt = self.default_msec_format
        return msec_fmt % (text, record.msecs) if msec_fmt else text

    def _seconds_text(self, created, pattern):
        # strftime of the record's second; with the standard converters
        # the last result is reused while records arrive in the same second
        convert = self.converter
        if convert is not time.localtime and convert is not time.gmtime:
            return time.strftime(pattern, convert(created))
        key = (created // 1, pattern, convert)
        memo = _last_time[0]    # one read: other threads may replace it
        if memo[0] != key:
            memo = _last_time[0] = (key, time.strftime(pattern,
                                                       convert(created)))
        return memo[1]

    def formatException(self, ei):
        """The traceback of the exc_info triple `ei`, without the final
        newline."""
        with io.StringIO() as out:
            traceback.print_exception(*ei[:3], None, out)
            text = out.getvalue()
        return text.removesuffix("\n")

    def usesTime(self):
        style = self._style
        return style.usesTime()

    def formatMessage(self, record):
        style = self._style
        return style.format(record)

    def formatStack(self, stack_info):
        """Hook for subclasses; the stack text is used as is."""
        return stack_info

    def format(self, record):
        """The full text for a record: the formatted message, then any
        traceback and stack information."""
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        # the traceback text is cached: several handlers may format a record
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            text = _append_block(text, record.exc_text)
        if record.stack_info:
            text = _append_block(text, self.formatStack(record.stack_info))
        return text


_defaultFormatter = Formatter()


class BufferingFormatter(object):
    """Formats a batch of records: header, one line per record, footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt or _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        if len(records) == 0:
            return ""
        body = "".join(map(self.linefmt.format, records))
        return self.formatHeader(records) + body + self.formatFooter(records)
