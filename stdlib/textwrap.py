"""Wrapping and filling of plain text paragraphs, and indentation helpers.

https://docs.python.org/3.11/library/textwrap.html
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only these ASCII characters count as whitespace here: wrapping must not
# break at (or swallow) a no-break space or other Unicode spaces.
_SPACES = '\t\n\x0b\x0c\r '
_TO_SPACE = {ord(c): ' ' for c in _SPACES}
# Characters after which a run of hyphens reads as an em-dash.
_DASH_LEADERS = '!"\'&.,?'


def _is_word(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    return _is_word(c) and not c.isdecimal()


def _at(text, i):
    # text[i], or '' outside the string, so that tests on neighbours
    # need no bounds checks
    return text[i] if 0 <= i < len(text) else ''


def _letter_at(text, i):
    c = _at(text, i)
    return c != '' and _is_letter(c)


def _dash_after(text, i):
    # A run of two or more hyphens starting at i and followed by a word
    # character: an em-dash. Returns where the run ends, else -1.
    j = i
    while _at(text, j) == '-':
        j += 1
    if j - i >= 2 and _at(text, j) != '' and _is_word(text[j]):
        return j
    return -1


def _hyphen_break(text, k):
    # May a word be broken after the hyphen at k? Only inside a real
    # hyphenated word: two letters (or letter-hyphen-letter) before it and
    # a letter, optionally a hyphen, and a letter after it.
    before = ((_letter_at(text, k - 2) and _letter_at(text, k - 1))
              or (_letter_at(text, k - 3) and _at(text, k - 2) == '-'
                  and _letter_at(text, k - 1)))
    if not before or not _letter_at(text, k + 1):
        return False
    nxt = k + 3 if _at(text, k + 2) == '-' else k + 2
    return _letter_at(text, nxt)


def _leads_dash(text, i):
    c = _at(text, i)
    return c != '' and (_is_word(c) or c in _DASH_LEADERS)


def _split_word(word):
    # A run of non-whitespace cut into em-dashes and pieces ending just
    # after a breakable hyphen. Looking past either end of the run only
    # ever finds whitespace, which no rule accepts, so a run can be cut on
    # its own.
    out = []
    n = len(word)
    i = 0
    while i < n:
        if word[i] == '-' and _leads_dash(word, i - 1) and _dash_after(word, i) > 0:
            j = _dash_after(word, i)
        else:
            # the shortest piece that ends at the run's end, before an
            # em-dash or just after a breakable hyphen
            j = i + 1
            while j < n:
                if word[j] == '-':
                    if _hyphen_break(word, j):
                        j += 1
                        break
                    if _leads_dash(word, j - 1) and _dash_after(word, j) > 0:
                        break
                j += 1
        out.append(word[i:j])
        i = j
    return out


_runs_re = None


def _chunks_plain(text):
    # Alternating runs of whitespace and non-whitespace.
    global _runs_re
    if _runs_re is None:
        import re
        _runs_re = re.compile('([%s]+)' % re.escape(_SPACES))
    return [run for run in _runs_re.split(text) if run]


def _chunks_with_hyphens(text):
    # Whitespace runs, em-dashes, and words cut after their inner hyphens.
    runs = _chunks_plain(text)
    if '-' not in text:
        return runs
    out = []
    for run in runs:
        if '-' in run and run[0] not in _SPACES:
            out.extend(_split_word(run))
        else:
            out.append(run)
    return out


def _ends_sentence(chunk):
    # lowercase letter, then . ! or ?, then maybe a closing quote
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?'
            and 'a' <= chunk[-2] <= 'z')


class TextWrapper:
    """Wraps paragraphs; the keyword arguments become attributes of the
    same names, which may be changed between calls. See the module docs
    for what each one does."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -- text to chunks --------------------------------------------------

    def _chunks(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(_TO_SPACE)
        split = _chunks_with_hyphens if self.break_on_hyphens else _chunks_plain
        chunks = split(text)
        if self.fix_sentence_endings:
            # two spaces after a sentence end, when it is followed by one
            i = 0
            while i + 1 < len(chunks):
                if chunks[i + 1] == ' ' and _ends_sentence(chunks[i]):
                    chunks[i + 1] = '  '
                    i += 2
                else:
                    i += 1
        return chunks

    # -- chunks to lines -------------------------------------------------

    def _cut_long(self, chunks, pos, line, width, room):
        # The chunk at `pos` does not fit on a line of its own. Returns the
        # new position; may put a piece of the chunk on `line` (and leave
        # the rest in chunks[pos]).
        word = chunks[pos]
        if self.break_long_words:
            # an indent as wide as the line still leaves room for one
            # character per line
            cut = room if width >= 1 else 1
            if self.break_on_hyphens and len(word) > cut:
                # prefer to cut just after a hyphen that fits
                h = word.rfind('-', 0, cut)
                if h > 0 and word[:h].strip('-'):
                    cut = h + 1
            line.append(word[:cut])
            chunks[pos] = word[cut:]
            return pos
        if not line:
            # a word alone on its line may overflow it rather than be lost
            line.append(word)
            return pos + 1
        return pos

    def _fill_line(self, chunks, pos, width):
        # Greedily takes chunks from `pos` onto one line. Returns the chunks
        # taken and the next position.
        line = []
        used = 0
        while pos < len(chunks) and used + len(chunks[pos]) <= width:
            used += len(chunks[pos])
            line.append(chunks[pos])
            pos += 1
        if pos < len(chunks) and len(chunks[pos]) > width:
            pos = self._cut_long(chunks, pos, line, width, width - used)
        if self.drop_whitespace and line and not line[-1].strip():
            line.pop()
        return line, pos

    def _lines_from(self, chunks):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        limit = self.max_lines
        if limit is not None:
            first = self.subsequent_indent if limit > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks = list(chunks)
        lines = []
        pos = 0
        while pos < len(chunks):
            prefix = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(prefix)
            if lines and self.drop_whitespace and not chunks[pos].strip():
                # whitespace never starts a continuation line
                pos += 1
                continue
            line, pos = self._fill_line(chunks, pos, room)
            if not line:
                continue
            if limit is None or len(lines) + 1 < limit:
                lines.append(prefix + ''.join(line))
                continue
            # The last line allowed. It is complete if nothing but
            # droppable whitespace is left; otherwise end with the
            # placeholder.
            rest = chunks[pos:]
            finished = not rest or (self.drop_whitespace and len(rest) == 1
                                    and not rest[0].strip())
            if finished and sum(map(len, line)) <= room:
                lines.append(prefix + ''.join(line))
            else:
                self._truncate(lines, line, prefix, room)
            break
        return lines

    def _truncate(self, lines, line, prefix, room):
        # Drops chunks from the end of `line` until the placeholder fits
        # after a non-blank chunk; failing that, the placeholder goes at
        # the end of the previous line or alone on this one.
        mark = self.placeholder
        used = sum(map(len, line))
        while line:
            if line[-1].strip() and used + len(mark) <= room:
                lines.append(prefix + ''.join(line) + mark)
                return
            used -= len(line.pop())
        if lines:
            before = lines[-1].rstrip()
            if len(before) + len(mark) <= self.width:
                lines[-1] = before + mark
                return
        lines.append(prefix + mark.lstrip())

    # -- public ----------------------------------------------------------

    def wrap(self, text):
        """The lines of the wrapped paragraph (no final newlines)."""
        return self._lines_from(self._chunks(text))

    def fill(self, text):
        """The wrapped paragraph as one string."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap one paragraph into lines of at most `width` characters; see
    TextWrapper for the keyword arguments."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """wrap(), joined with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse the whitespace of `text`, then cut it to fit `width`,
    ending with the placeholder when words had to go."""
    squeezed = ' '.join(text.split())
    return TextWrapper(width=width, max_lines=1, **kwargs).fill(squeezed)


def dedent(text):
    """Remove the indentation all non-blank lines share. Lines holding
    only spaces and tabs become empty. Tabs and spaces are not
    equivalent: the common part is a common prefix of characters."""
    lines = text.split('\n')
    margin = None
    for k, line in enumerate(lines):
        body = line.lstrip(' \t')
        if not body:
            lines[k] = ''
            continue
        lead = line[:len(line) - len(body)]
        if margin is None:
            margin = lead
        else:
            same = 0
            while same < min(len(margin), len(lead)) and margin[same] == lead[same]:
                same += 1
            margin = margin[:same]
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Put `prefix` before each line of `text` for which `predicate` is
    true; by default before the lines that are not only whitespace."""
    if predicate is None:
        predicate = str.strip
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
