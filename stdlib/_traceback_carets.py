"""The caret line of a traceback entry: where in the source line the
failing operation is, with its operator or subscript picked out.

    x = a / b[i]
        ~~^~~~~~

Used by traceback.StackSummary.format_frame_summary(). There is no ast
module in pys, so a small tokenizer and a precedence scan find the root
of the expression the failing instruction covers.
"""


def _width(text):
    # terminal columns (wide East Asian characters count two)
    if text.isascii():
        return len(text)
    from _widechars import width
    return width(text)


def caret_line(summary):
    """The line of ^ (and ~) marking the failing operation of a
    FrameSummary, or ''."""
    # Columns from co_positions are character offsets in pys (CPython's
    # are UTF-8 byte offsets, which its traceback module converts).
    full, shown = summary._original_line, summary.line
    start, end = summary.colno, summary.end_colno
    if start is None or end is None or not shown:
        return ''
    # What surrounds the shown text: indentation, trailing blanks and the
    # newline. CPython's traceback module shifts the carets by all of it
    # (so trailing blanks move them left); kept for identical output.
    around = len(full) - len(shown)
    anchors = None
    segment = full[start:end]
    if summary.lineno == summary.end_lineno:
        try:
            anchors = _anchors(segment)
        except Exception:
            anchors = None
    else:
        # a multi-line operation: mark to the end of its first line
        end = around + len(shown) - 1
    if end - start >= len(shown) and not (anchors and anchors[1] > anchors[0]):
        # the operation is the whole line: nothing to point at
        return ''
    lead = _width(full[:start]) + 1 - around
    span = _width(full[:end]) - _width(full[:start])
    if anchors is None:
        marks = '^' * span
    else:
        left, right = _width(segment[:anchors[0]]), _width(segment[:anchors[1]])
        marks = '~' * left + '^' * (right - left) + '~' * (span - right)
    return '    ' + ' ' * lead + marks + '\n'


_STRING_PREFIXES = {'r', 'u', 'b', 'f', 'br', 'rb', 'fr', 'rf'}
_OPERATORS = ('**=', '//=', '>>=', '<<=', '...', '**', '//', '<<', '>>', '<=',
              '>=', '==', '!=', '->', ':=', '+=', '-=', '*=', '/=', '%=', '&=',
              '|=', '^=', '@=', '+', '-', '*', '/', '%', '@', '&', '|', '^',
              '~', '<', '>', '(', ')', '[', ']', '{', '}', ',', ':', ';', '.',
              '=')
_OPENERS = {'(': ')', '[': ']', '{': '}'}
# binding strength of the binary operators (unary + - ~ bind between the
# levels 6 and 8)
_LEVEL = {'|': 1, '^': 2, '&': 3, '<<': 4, '>>': 4, '+': 5, '-': 5,
          '*': 6, '@': 6, '/': 6, '//': 6, '%': 6, '**': 8}
# words and symbols that, outside brackets, make the segment something
# other than a binary operation or a subscript (or not an expression)
_NOT_ARITHMETIC = {
    'lambda', 'if', 'else', 'or', 'and', 'not', 'in', 'is', 'for', 'async',
    'yield', 'import', 'from', 'del', 'return', 'raise', 'assert', 'pass',
    'break', 'continue', 'global', 'nonlocal', 'class', 'def', 'with',
    'while', 'try', 'except', 'finally', 'elif', 'as',
    ',', ';', ':', '=', ':=', '->', '<', '>', '<=', '>=', '==', '!=',
    '+=', '-=', '*=', '/=', '//=', '%=', '@=', '&=', '|=', '^=', '**=',
    '>>=', '<<=',
}


def _tokens(text):
    # [(kind, start, end)]: kind is '<number>', '<string>', the word of a
    # name or the operator itself. None when the text does not tokenize. A
    # comment ends the list.
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in ' \t\f':
            i += 1
            continue
        if c == '#':
            break
        j = i + 1
        if c.isdigit() or (c == '.' and j < n and text[j].isdigit()):
            while j < n and (text[j].isalnum() or text[j] in '._'):
                if (text[j] in 'eE' and j + 1 < n and text[j + 1] in '+-'
                        and text[i:i + 2].lower() != '0x'):
                    j += 1
                j += 1
            kind = '<number>'
        elif c.isidentifier():
            while j < n and ('a' + text[j]).isidentifier():
                j += 1
            kind = text[i:j]
            if j < n and text[j] in '\'"' and kind.lower() in _STRING_PREFIXES:
                j = _string_end(text, j)
                kind = '<string>'
        elif c in '\'"':
            j = _string_end(text, i)
            kind = '<string>'
        else:
            kind = next((op for op in _OPERATORS if text.startswith(op, i)), None)
            if kind is None:
                return None
            j = i + len(kind)
        if j < 0:
            return None
        out.append((kind, i, j))
        i = j
    return out


def _string_end(text, i):
    # index after the string literal whose opening quote is at i, or -1
    quote = text[i] * 3 if text.startswith(text[i] * 3, i) else text[i]
    j = i + len(quote)
    while j < len(text):
        if text[j] == '\\':
            j += 2
        elif text.startswith(quote, j):
            return j + len(quote)
        else:
            j += 1
    return -1


def _top_level(tokens, first, last):
    # The items of tokens[first:last] outside brackets, as (kind, first
    # token, last token): a single token, or a bracketed run whose kind is
    # '()', '[]' or '{}'. None if the brackets do not balance.
    items, stack = [], []
    for k in range(first, last):
        kind = tokens[k][0]
        if kind in _OPENERS:
            stack.append(k)
        elif kind in (')', ']', '}'):
            if not stack or _OPENERS[tokens[stack[-1]][0]] != kind:
                return None
            opened = stack.pop()
            if not stack:
                items.append((tokens[opened][0] + kind, opened, k))
        elif not stack:
            items.append((kind, k, k))
    return None if stack else items


def _grouping(tokens, opened, closed):
    # Parentheses around a single expression: not a tuple, not a generator
    # expression, not empty. Such parentheses are not part of the
    # operand's extent.
    if tokens[opened][0] != '(' or closed == opened + 1:
        return False
    inside = _top_level(tokens, opened + 1, closed)
    return inside is not None and not any(t[0] in (',', 'for') for t in inside)


def _operand_extent(text, tokens, first, last):
    # (start, end) in text of the operand made of tokens[first:last],
    # without the grouping parentheses around it
    while (last - first >= 2 and tokens[first][0] == '('
           and _top_level(tokens, first, last) == [('()', first, last - 1)]
           and _grouping(tokens, first, last - 1)):
        first, last = first + 1, last - 1
    return tokens[first][1], tokens[last - 1][2]


def _anchors(segment):
    # (left, right) character offsets in `segment` of the part to mark
    # with ^ among the ~: the operator of a binary operation, or the [...]
    # of a subscript; None for anything else.
    tokens = _tokens(segment)
    if not tokens:
        return None
    items = _top_level(tokens, 0, len(tokens))
    if items is None or any(kind in _NOT_ARITHMETIC for kind, _, _ in items):
        return None
    # operand (operator operand)*, where an operand is a primary (atom and
    # trailers) after any unary operators or await
    binary = []                      # (token index, operator)
    unary_first = prefix_first = False
    trailer = None                   # the last trailer of the operand
    want_operand = True
    previous = None
    for pos, (kind, k, k_end) in enumerate(items):
        if want_operand:
            if kind in ('+', '-', '~', 'await'):
                if pos == 0:
                    prefix_first = True
                    unary_first = kind != 'await'
            elif kind in _LEVEL or kind in ('.', '*', '...'):
                return None
            else:
                want_operand, trailer = False, None
        elif kind in _LEVEL:
            binary.append((k, kind))
            want_operand = True
        elif kind in ('()', '[]'):
            trailer = (kind, k, k_end)
        elif kind == '.':
            trailer = None
        elif previous == '.' and kind.isidentifier():
            pass
        elif kind == '<string>' and previous == '<string>':
            pass                     # implicit concatenation
        else:
            return None
        previous = kind
    if want_operand or previous == '.':
        return None
    if not binary:
        if prefix_first or trailer is None or trailer[0] != '[]':
            return None
        # a subscript: from its '[' to just after the matching ']'
        return tokens[trailer[1]][1], tokens[trailer[2]][2]
    level = min(_LEVEL[op] for _, op in binary)
    candidates = [k for k, op in binary if _LEVEL[op] == level]
    if level == _LEVEL['**']:
        if unary_first:
            return None              # -a ** b is -(a ** b)
        k = candidates[0]            # ** groups to the right
    else:
        k = candidates[-1]
    left_end = _operand_extent(segment, tokens, 0, k)[1]
    right_start = _operand_extent(segment, tokens, k + 1, len(tokens))[0]
    return _operator_anchors(segment, left_end, right_start)


def _operator_anchors(segment, left_end, right_start):
    # CPython's traceback module finds the operator from the operand
    # positions the parser reports, in UTF-8 bytes, and mixes them with
    # character indexes; the same arithmetic gives the same marks.
    between = segment[left_end:right_start]
    blank = len(between) - len(between.lstrip())
    left = len(segment[:left_end].encode('utf-8')) + blank
    right = left + 1
    if blank + 1 < len(between) and not between[blank + 1].isspace():
        right += 1                   # a two-character operator
    while left < len(segment) and (segment[left].isspace() or segment[left] in ')#'):
        left += 1
        right += 1
    data = segment.encode('utf-8')

    def chars(nbytes):
        return len(data[:nbytes].decode('utf-8', errors='replace'))
    return chars(left), chars(right)
