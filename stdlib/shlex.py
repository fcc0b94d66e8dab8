"""Splitting and quoting of shell-like command lines.

https://docs.python.org/3.11/library/shlex.html

Written for pys; the tokenizer reproduces CPython's state machine so that
split() gives the same tokens (and the same errors) on every input.
"""

import sys
import collections
from io import StringIO

__all__ = ['shlex', 'split', 'quote', 'join']

_LOWER = 'abcdfeghijklmnopqrstuvwxyz'      # (sic: CPython's order)
_ASCII_WORD = _LOWER + _LOWER.upper().replace('FE', 'EF') + '0123456789_'
# the Latin-1 letters: lower case (with sharp s) then upper case
_LATIN1_WORD = (chr(0xdf) + ''.join(chr(c) for c in range(0xe0, 0x100) if c != 0xf7)
                + ''.join(chr(c) for c in range(0xc0, 0xdf) if c != 0xd7))


def _as_stream(source):
    return StringIO(source) if isinstance(source, str) else source

# states of the tokenizer besides a quote or escape character
_IDLE = ' '        # between tokens
_WORD = 'a'        # inside a word
_PUNCT = 'c'       # inside a run of punctuation characters


class shlex:
    """Tokenizer for shell-like text read from a string or a stream
    (sys.stdin when none is given)."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        instream = _as_stream(instream)
        if instream is None:
            instream, infile = sys.stdin, None
        self.instream = instream
        self.infile = infile
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = _ASCII_WORD + (_LATIN1_WORD if posix else '')
        self.whitespace, self.whitespace_split = ' \t\r\n', False
        self.quotes, self.escape, self.escapedquotes = '\'"', '\\', '"'
        self.state, self.token, self.lineno, self.debug = _IDLE, '', 1, 0
        self.pushback = collections.deque()      # whole tokens
        self.filestack = collections.deque()     # (infile, instream, lineno)
        self.source = None
        if punctuation_chars is True:
            punct = '();<>|&'
        else:
            punct = punctuation_chars or ''
        self._punctuation_chars = punct
        if punct:
            # characters read ahead while looking at punctuation
            self._pushback_chars = collections.deque()
            # file names, options and globs stay words
            self.wordchars = ''.join(
                c for c in self.wordchars + '~-./*?='
                if c not in punct)

    punctuation_chars = property(lambda self: self._punctuation_chars)

    def _say(self, level, what):
        if self.debug >= level:
            print('shlex: ' + what)

    def push_token(self, tok):
        """Make `tok` the next token get_token() returns."""
        self._say(1, 'pushing token %r' % (tok,))
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        """Read from `newstream` until it ends, then resume the current input."""
        saved = (self.infile, self.instream, self.lineno)
        self.filestack.appendleft(saved)
        self.infile, self.instream, self.lineno = newfile, _as_stream(newstream), 1
        if newfile is None:
            self._say(1, 'pushing to stream %s' % (self.instream,))
        else:
            self._say(1, 'pushing to file %s' % (newfile,))

    def pop_source(self):
        """Close the current input and go back to the one it interrupted."""
        self.instream.close()
        self.infile, self.instream, self.lineno = self.filestack.popleft()
        self._say(1, 'popping to %s, line %d' % (self.instream, self.lineno))
        self.state = _IDLE

    def get_token(self):
        """The next token: a pushed-back one first, else one read from the
        input (following `source` inclusions); self.eof at the end."""
        if self.pushback:
            first = self.pushback.popleft()
            self._say(1, 'popping token %r' % (first,))
            return first
        raw = self.read_token()
        # `source` names a keyword whose next token is a file to include
        while self.source is not None and raw == self.source:
            included = self.sourcehook(self.read_token())
            if included:
                self.push_source(included[1], included[0])
            raw = self.get_token()
        # the end of an included source resumes the one below it
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            raw = self.get_token()
        self._say(1, 'token=%r' % (raw,))
        return raw

    def _next_char(self):
        if self._punctuation_chars and self._pushback_chars:
            return self._pushback_chars.pop()
        return self.instream.read(1)

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def read_token(self):
        quoted = False            # a quote was seen: '' is then a token
        resume = _IDLE            # the state an escape returns to
        posix = self.posix
        punct = self._punctuation_chars
        while True:
            ch = self._next_char()
            if ch == '\n':
                self.lineno += 1
            if self.debug >= 3:
                self._say(3, 'in state %r I see character: %r' % (self.state, ch))
            state = self.state
            if state is None:
                self.token = ''
                break
            if state == _IDLE:
                if not ch:
                    self.state = None
                    break
                if ch in self.whitespace:
                    self._say(2, 'I see whitespace in whitespace state')
                    if self.token or (posix and quoted):
                        break
                elif ch in self.commenters:
                    self._skip_comment()
                elif posix and ch in self.escape:
                    resume, self.state = _WORD, ch
                elif ch in self.wordchars:
                    self.token, self.state = ch, _WORD
                elif ch in punct:
                    self.token, self.state = ch, _PUNCT
                elif ch in self.quotes:
                    if not posix:
                        self.token = ch
                    self.state = ch
                elif self.whitespace_split:
                    self.token, self.state = ch, _WORD
                else:
                    # a lone special character is a token by itself
                    self.token = ch
                    if self.token or (posix and quoted):
                        break
                continue
            if state in self.quotes:
                quoted = True
                if not ch:
                    self._say(2, 'I see EOF in quotes state')
                    raise ValueError("No closing quotation")
                if ch == state:
                    if posix:
                        self.state = _WORD
                        continue
                    self.token += ch
                    self.state = _IDLE
                    break
                if posix and ch in self.escape and state in self.escapedquotes:
                    resume, self.state = state, ch
                else:
                    self.token += ch
                continue
            if state in self.escape:
                if not ch:
                    self._say(2, 'I see EOF in escape state')
                    raise ValueError("No escaped character")
                # inside quotes a backslash escapes only the quote or itself
                if resume in self.quotes and ch != state and ch != resume:
                    self.token += state
                self.token += ch
                self.state = resume
                continue
            if state not in (_WORD, _PUNCT):
                continue
            if not ch:
                self.state = None
                break
            if ch in self.whitespace:
                self._say(2, 'I see whitespace in word state')
                self.state = _IDLE
                if self.token or (posix and quoted):
                    break
                continue
            if ch in self.commenters:
                self._skip_comment()
                if posix:
                    self.state = _IDLE
                    if self.token or quoted:
                        break
                continue
            if state == _PUNCT:
                if ch in punct:
                    self.token += ch
                    continue
                if ch not in self.whitespace:
                    self._pushback_chars.append(ch)
                self.state = _IDLE
                break
            if posix and ch in self.quotes:
                self.state = ch
            elif posix and ch in self.escape:
                resume, self.state = _WORD, ch
            elif (ch in self.wordchars or ch in self.quotes
                  or (self.whitespace_split and ch not in punct)):
                self.token += ch
            else:
                # the character ends the word and is read again later
                if punct:
                    self._pushback_chars.append(ch)
                else:
                    self.pushback.appendleft(ch)
                self._say(2, 'I see punctuation in word state')
                self.state = _IDLE
                if self.token or (posix and quoted):
                    break
        result, self.token = self.token, ''
        if posix and not quoted and result == '':
            result = None
        self._say(2, 'raw token=' + (repr(result) if result else 'EOF'))
        return result

    def sourcehook(self, newfile):
        """(name, opened file) for a `source` inclusion of `newfile`."""
        import os.path
        name = newfile[1:-1] if newfile[0] == '"' else newfile
        # relative to the including file, as cpp does
        here = self.infile
        if isinstance(here, str) and not os.path.isabs(name):
            name = os.path.join(os.path.dirname(here), name)
        return name, open(name, 'r')

    def error_leader(self, infile=None, lineno=None):
        """'"file", line N: ' for the start of an error message."""
        where = self.infile if infile is None else infile
        line = self.lineno if lineno is None else lineno
        return '"%s", line %d: ' % (where, line)

    def __iter__(self):
        return self

    def __next__(self):
        tok = self.get_token()
        if tok == self.eof:
            raise StopIteration
        return tok


def split(s, comments=False, posix=True):
    """The words of `s` as a POSIX shell would split them."""
    if s is None:
        import warnings
        warnings.warn("Passing None for 's' to shlex.split() is deprecated.",
                      DeprecationWarning, stacklevel=2)
    lexer = shlex(s, posix=posix)
    lexer.whitespace_split = True
    if not comments:
        lexer.commenters = ''
    return list(lexer)


def join(split_command):
    """The command line that split() turns into `split_command`."""
    return ' '.join([quote(arg) for arg in split_command])


_SAFE = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
                  '0123456789_@%+=:,./-')


def quote(s):
    """`s` quoted, when needed, so that a shell reads it as one word."""
    if not s:
        return "''"
    if type(s) is not str and not isinstance(s, str):
        if isinstance(s, (bytes, bytearray, memoryview)):
            raise TypeError("cannot use a string pattern on a bytes-like object")
        raise TypeError("expected string or bytes-like object, got '%s'"
                        % type(s).__name__)
    for c in s:
        if c not in _SAFE:
            break
    else:
        return s
    # inside single quotes only ' itself needs care: close, "'", reopen
    return "'%s'" % s.replace("'", "'\"'\"'")
