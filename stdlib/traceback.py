"""Extracting, formatting and printing stack traces and exceptions, in
the format the interpreter itself uses.

https://docs.python.org/3.11/library/traceback.html

The pieces: FrameSummary (one frame: file, line, function, source line,
columns), StackSummary (a list of them, with format()), and
TracebackException (an exception and its traceback, cause, context and
sub-exceptions captured for later formatting). The module functions are
thin wrappers over these.
"""

import sys
import linecache
from itertools import islice
from _traceback_carets import caret_line
from _collections import deque

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_CAUSE = ("\nThe above exception was the direct cause "
          "of the following exception:\n\n")
_CONTEXT = ("\nDuring handling of the above exception, "
            "another exception occurred:\n\n")

# identical consecutive frames (recursion) are shown this many times, then
# counted
_REPEAT_SHOWN = 3


# -- module functions ------------------------------------------------------

def print_list(extracted_list, file=None):
    """Print frames as extract_tb() / extract_stack() return them, to
    `file` (sys.stderr)."""
    if file is None:
        file = sys.stderr
    for chunk in format_list(extracted_list):
        print(chunk, file=file, end="")


def format_list(extracted_list):
    """One string per frame ('  File ..., line ..., in ...' and source)."""
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """A StackSummary of the traceback's frames, outermost first."""
    return StackSummary._build(_positions_of_tb(tb), limit, True, False)


class _Omitted:
    # default of print_exception's value/tb: "not given" (None is a value)
    def __repr__(self):
        return "<implicit>"


_OMITTED = _Omitted()


def _value_and_tb(exc, value, tb):
    if (value is _OMITTED) != (tb is _OMITTED):
        raise ValueError("Both or neither of value and tb must be given")
    if value is not _OMITTED:
        return value, tb
    if exc is None:
        return None, None
    if not isinstance(exc, BaseException):
        raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
    return exc, exc.__traceback__


def print_exception(exc, /, value=_OMITTED, tb=_OMITTED, limit=None,
                    file=None, chain=True):
    """Print an exception with its traceback (and, with chain, its cause
    or context first) to `file` (sys.stderr). The old three-argument form
    (type, value, tb) is accepted; the type is then ignored."""
    value, tb = _value_and_tb(exc, value, tb)
    report = TracebackException(type(value), value, tb, limit=limit, compact=True)
    report.print(file=file, chain=chain)


def format_exception(exc, /, value=_OMITTED, tb=_OMITTED, limit=None,
                     chain=True):
    """print_exception() as a list of strings, each ending in a newline."""
    value, tb = _value_and_tb(exc, value, tb)
    report = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(report.format(chain=chain))


def format_exception_only(exc, /, value=_OMITTED):
    """The last part of a report: 'Type: message' (and, for a
    SyntaxError, the location lines); notes follow."""
    if value is _OMITTED:
        value = exc
    report = TracebackException(type(value), value, None, compact=True)
    return list(report.format_exception_only())


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """The exception being handled, formatted as one string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """Print the last exception that reached the interactive prompt."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


def print_stack(f=None, limit=None, file=None):
    """Print the calling stack (or the stack from frame `f`)."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    """A StackSummary of the calling stack, outermost frame first."""
    if f is None:
        f = sys._getframe().f_back
    frames = StackSummary.extract(walk_stack(f), limit=limit)
    frames.reverse()
    return frames


def clear_frames(tb):
    """Clear the local variables of the traceback's frames (frames still
    running are left alone)."""
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except RuntimeError:
            pass
        tb = tb.tb_next


def walk_stack(f):
    """Yield (frame, line number) from `f` outwards through f_back. With
    None, start at the frame that called the caller of the consumer."""
    if f is None:
        # this generator's frame, its consumer, the consumer's caller...
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yield (frame, line number) along the traceback's tb_next chain."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _positions_of_tb(tb):
    # (frame, (line, end line, column, end column)) of the instruction each
    # traceback entry stopped at; tb_lasti // 2 indexes co_positions().
    while tb is not None:
        where = (None, None, None, None)
        if tb.tb_lasti >= 0:
            where = next(islice(tb.tb_frame.f_code.co_positions(),
                                tb.tb_lasti // 2, None), where)
        if where[0] is None:
            where = (tb.tb_lineno,) + tuple(where[1:])
        yield tb.tb_frame, where
        tb = tb.tb_next


# -- FrameSummary ------------------------------------------------------------

class FrameSummary:
    """One frame of a stack: filename, lineno, name, line (the source
    line, stripped, read lazily), end_lineno, colno, end_colno, and the
    reprs of the locals when captured. Compares equal to the 4-tuple
    (filename, lineno, name, line), as the old tuples it replaced."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_source', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename, self.lineno, self.name = filename, lineno, name
        self.end_lineno, self.colno, self.end_colno = end_lineno, colno, end_colno
        self._source = line
        if lookup_line:
            self.line
        if locals:
            self.locals = {key: repr(val) for key, val in locals.items()}
        else:
            self.locals = None

    def _as_tuple(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self._as_tuple() == other._as_tuple()
                    and self.locals == other.locals)
        if isinstance(other, tuple):
            return self._as_tuple() == other
        return NotImplemented

    def __getitem__(self, pos):
        return self._as_tuple()[pos]

    def __iter__(self):
        return iter(self._as_tuple())

    def __len__(self):
        return 4

    def __repr__(self):
        return f"<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>"

    @property
    def _original_line(self):
        # the source line as in the file: indentation and newline kept
        self.line
        return self._source

    @property
    def line(self):
        if self._source is None:
            if self.lineno is None:
                return None
            self._source = linecache.getline(self.filename, self.lineno)
        return self._source.strip()


# -- StackSummary ------------------------------------------------------------

class StackSummary(list):
    """A list of FrameSummary objects, outermost frame first."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """Build from an iterable of (frame, line number), such as
        walk_stack() or walk_tb() produce. `limit`: at most that many
        frames, from the start (the last -limit ones when negative; None:
        sys.tracebacklimit). capture_locals keeps repr() of each frame's
        locals."""
        def unplaced():
            # stack frames carry a line, not the columns of an instruction
            for frame, lineno in frame_gen:
                yield frame, (lineno, None, None, None)
        return klass._build(unplaced(), limit, lookup_lines, capture_locals)

    @classmethod
    def _build(klass, placed_frames, limit, lookup_lines, capture_locals):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        if limit is not None:
            if limit >= 0:
                placed_frames = islice(placed_frames, limit)
            else:
                placed_frames = deque(placed_frames, maxlen=-limit)
        result = klass()
        files = set()
        for frame, (lineno, end_lineno, colno, end_colno) in placed_frames:
            code = frame.f_code
            files.add(code.co_filename)
            # a module loaded from elsewhere than a file may still offer
            # its source through its loader
            linecache.lazycache(code.co_filename, frame.f_globals)
            result.append(FrameSummary(
                code.co_filename, lineno, code.co_name, lookup_line=False,
                locals=frame.f_locals if capture_locals else None,
                end_lineno=end_lineno, colno=colno, end_colno=end_colno))
        for name in files:
            linecache.checkcache(name)
        if lookup_lines:
            for summary in result:
                summary.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """Build from FrameSummary objects or (filename, lineno, name,
        line) tuples."""
        result = StackSummary()
        for entry in a_list:
            if not isinstance(entry, FrameSummary):
                filename, lineno, name, line = entry
                entry = FrameSummary(filename, lineno, name, line=line)
            result.append(entry)
        return result

    def format_frame_summary(self, frame_summary):
        """The text for one frame: the File line, the source line, the
        carets, then the captured locals. Subclasses may override it;
        returning None leaves the frame out."""
        text = '  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)
        if frame_summary.line:
            text += '    ' + frame_summary.line.strip() + '\n'
            text += caret_line(frame_summary)
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                text += f'    {name} = {value}\n'
        return text

    def format(self):
        """One string per frame; a frame repeated more than three times
        in a row (recursion) is shown three times, then counted."""
        out = []
        previous = None
        repeats = 0
        for summary in self:
            text = self.format_frame_summary(summary)
            if text is None:
                continue
            where = (summary.filename, summary.lineno, summary.name)
            if where != previous:
                _note_repeats(out, repeats)
                previous, repeats = where, 0
            repeats += 1
            if repeats <= _REPEAT_SHOWN:
                out.append(text)
        _note_repeats(out, repeats)
        return out


def _note_repeats(out, repeats):
    hidden = repeats - _REPEAT_SHOWN
    if hidden > 0:
        plural = "s" if hidden > 1 else ""
        out.append(f'  [Previous line repeated {hidden} more time{plural}]\n')


# -- TracebackException --------------------------------------------------------

def _safe_str(value, what, func=str):
    # a broken __str__ / __repr__ must not break error reporting
    try:
        return func(value)
    except:
        return f'<{what} {func.__name__}() failed>'


class TracebackException:
    """An exception captured for formatting: exc_type, stack (a
    StackSummary), __cause__ / __context__ (TracebackExceptions or None),
    __suppress_context__, __notes__, exceptions (for exception groups),
    and for SyntaxError filename, lineno, end_lineno, text, offset,
    end_offset and msg. `compact` captures the context only where it
    would be printed."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        top = _seen is None
        seen = set() if top else _seen
        seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary._build(_positions_of_tb(exc_traceback), limit,
                                         lookup_lines, capture_locals)
        self.exc_type = exc_type
        self._str = _safe_str(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            self.lineno = _text_or_none(exc_value.lineno)
            self.end_lineno = _text_or_none(exc_value.end_lineno)
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        self.__cause__ = self.__context__ = self.exceptions = None
        if not top:
            return
        options = dict(limit=limit, lookup_lines=lookup_lines,
                       capture_locals=capture_locals,
                       max_group_width=max_group_width,
                       max_group_depth=max_group_depth, _seen=seen)
        # The chain is walked with a work list rather than recursion, so a
        # long chain cannot exhaust the stack; `seen` stops cycles.
        work = [(self, exc_value)]
        while work:
            report, exc = work.pop()
            if exc is None:
                continue
            cause = exc.__cause__
            if cause is not None and id(cause) not in seen:
                report.__cause__ = TracebackException(
                    type(cause), cause, cause.__traceback__, **options)
                work.append((report.__cause__, cause))
            context = exc.__context__
            wanted = not compact or (report.__cause__ is None
                                     and not exc.__suppress_context__)
            if context is not None and wanted and id(context) not in seen:
                report.__context__ = TracebackException(
                    type(context), context, context.__traceback__, **options)
                work.append((report.__context__, context))
            if isinstance(exc, BaseExceptionGroup):
                report.exceptions = [
                    TracebackException(type(sub), sub, sub.__traceback__, **options)
                    for sub in exc.exceptions]
                work.extend(zip(report.exceptions, exc.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Capture an exception instance (its type and traceback too)."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for summary in self.stack:
            summary.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """Yield the 'Type: message' line (with a SyntaxError's location
        before it) and the notes. The type is qualified by its module
        unless that is builtins or __main__."""
        if self.exc_type is None:
            yield _final_line(None, self._str)
            return
        name = self.exc_type.__qualname__
        module = self.exc_type.__module__
        if module not in ("__main__", "builtins"):
            if not isinstance(module, str):
                module = "<unknown>"
            name = module + '.' + name
        if issubclass(self.exc_type, SyntaxError):
            yield from self._syntax_error_lines(name)
        else:
            yield _final_line(name, self._str)
        notes = self.__notes__
        if notes is None:
            return
        if _is_sequence(notes):
            for note in notes:
                for part in _safe_str(note, 'note').split('\n'):
                    yield part + '\n'
        else:
            yield _safe_str(notes, '__notes__', func=repr)

    def _syntax_error_lines(self, name):
        where = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            where = f' ({self.filename})'
        if self.text is not None:
            body = self.text.rstrip('\n')
            shown = body.lstrip(' \n\f')
            yield f'    {shown}\n'
            if self.offset is not None:
                lead = len(body) - len(shown)
                first = self.offset
                last = self.end_offset if self.end_offset not in (None, 0) else first
                if last == first or last == -1:
                    last = first + 1
                col, end_col = first - 1 - lead, last - 1 - lead
                if col >= 0:
                    # tabs are kept so that the caret lines up under them
                    pad = ''.join(c if c.isspace() else ' ' for c in shown[:col])
                    yield '    ' + pad + '^' * (end_col - col) + '\n'
        yield f"{name}: {self.msg or '<no detail available>'}{where}\n"

    def format(self, *, chain=True, _ctx=None):
        """Yield the lines of the report: the chained exceptions first
        (when `chain`), each with its 'Traceback (most recent call
        last):' section; exception groups as nested boxes."""
        layout = _Layout() if _ctx is None else _ctx
        sequence = []                # (separator or None, report), newest first
        report = self
        while report is not None:
            if not chain:
                sequence.append((None, report))
                break
            if report.__cause__ is not None:
                link, following = _CAUSE, report.__cause__
            elif report.__context__ is not None and not report.__suppress_context__:
                link, following = _CONTEXT, report.__context__
            else:
                link, following = None, None
            sequence.append((link, report))
            report = following
        for link, report in reversed(sequence):
            if link is not None:
                yield from layout.emit(link)
            if report.exceptions is None:
                if report.stack:
                    yield from layout.emit('Traceback (most recent call last):\n')
                    yield from layout.emit(report.stack.format())
                yield from layout.emit(report.format_exception_only())
            elif layout.depth > self.max_group_depth:
                yield from layout.emit(f"... (max_group_depth is {self.max_group_depth})\n")
            else:
                yield from report._format_group(layout, chain)

    def _format_group(self, layout, chain):
        outermost = layout.depth == 0
        if outermost:
            layout.depth += 1
        if self.stack:
            yield from layout.emit('Exception Group Traceback (most recent call last):\n',
                                   margin='+' if outermost else None)
            yield from layout.emit(self.stack.format())
        yield from layout.emit(self.format_exception_only())
        total = len(self.exceptions)
        width = self.max_group_width
        shown = total if width is None or total <= width else width + 1
        layout.need_close = False
        for i in range(shown):
            last = i == shown - 1
            if last:
                # a nested group may draw the closing line itself
                layout.need_close = True
            cut = width is not None and i >= width
            title = '...' if cut else str(i + 1)
            yield (layout.indent() + ('+-' if i == 0 else '  ')
                   + f'+---------------- {title} ----------------\n')
            layout.depth += 1
            if cut:
                more = total - width
                yield from layout.emit(f"and {more} more exception{'s' if more > 1 else ''}\n")
            else:
                yield from self.exceptions[i].format(chain=chain, _ctx=layout)
            if last and layout.need_close:
                yield layout.indent() + "+------------------------------------\n"
                layout.need_close = False
            layout.depth -= 1
        if outermost:
            layout.depth = 0

    def print(self, *, file=None, chain=True):
        """Print the report to `file` (sys.stderr)."""
        if file is None:
            file = sys.stderr
        for text in self.format(chain=chain):
            print(text, file=file, end="")


def _is_sequence(notes):
    # (a str counts: its characters are then printed one per line, as
    # CPython 3.11 does)
    from collections.abc import Sequence
    return isinstance(notes, Sequence)


def _text_or_none(number):
    return None if number is None else str(number)


def _final_line(name, value):
    text = _safe_str(value, 'exception')
    if value is None or not text:
        return f"{name}\n"
    return f"{name}: {text}\n"


class _Layout:
    # Where an exception group report is: its nesting depth sets the
    # indentation and the '|' margin in front of every line.

    def __init__(self):
        self.depth = 0
        self.need_close = False

    def indent(self):
        return '  ' * self.depth

    def emit(self, texts, margin=None):
        prefix = self.indent()
        if self.depth:
            prefix += (margin or '|') + ' '
        if isinstance(texts, str):
            texts = [texts]
        for text in texts:
            yield ''.join(prefix + line for line in text.splitlines(True))
