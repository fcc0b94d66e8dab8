"""Reading a password without showing it, and the name of the user.

https://docs.python.org/3.11/library/getpass.html

Written for pys. pys has no terminal control (termios), so getpass() is
the portable fallback that CPython also uses then: it warns that the input
may be echoed and reads a line.
"""

import sys

import _platform

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    pass


_USER_VARIABLES = ('LOGNAME', 'USER', 'LNAME', 'USERNAME')


def _environment_value(name):
    # os.environ when the os module is there (it sees changes the program
    # made), else the process environment as it started
    try:
        import os
        return os.environ.get(name)
    except ImportError:
        return _platform.getenv(name)


def getuser():
    """The login name: from $LOGNAME, $USER, $LNAME or $USERNAME (the
    first one set and non-empty), else from the password database."""
    for name in _USER_VARIABLES:
        found = _environment_value(name)
        if found:
            return found
    found = _platform.passwd_name()
    if found is None:
        raise KeyError('getpwuid(): uid not found: %d' % _platform.uid())
    return found


def _read_line(prompt, stream, source):
    prompt = str(prompt)
    if prompt:
        try:
            stream.write(prompt)
        except UnicodeEncodeError:
            # the stream cannot show some characters: show '?' for them
            enc = getattr(stream, 'encoding', None) or 'utf-8'
            stream.write(prompt.encode(enc, 'replace').decode(enc))
        stream.flush()
    line = source.readline()
    if not line:
        raise EOFError
    return line[:-1] if line.endswith('\n') else line


def fallback_getpass(prompt='Password: ', stream=None):
    """Prompt on `stream` (sys.stderr) and read a line from sys.stdin,
    after warning that what is typed may be visible."""
    import warnings
    warnings.warn("Can not control echo on the terminal.", GetPassWarning,
                  stacklevel=2)
    out = stream or sys.stderr
    print("Warning: Password input may be echoed.", file=out)
    return _read_line(prompt, out, sys.stdin)


getpass = fallback_getpass
