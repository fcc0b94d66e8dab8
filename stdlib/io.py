"""Streams: the public face of the native _io module.

open(), StringIO, BytesIO, FileIO and the buffered and text wrappers are
implemented natively in _io; this module re-exports them and puts the
abstract base classes on top, so that isinstance() checks against
io.IOBase, io.RawIOBase, io.BufferedIOBase and io.TextIOBase answer as
documented at https://docs.python.org/3.11/library/io.html.
"""

import abc
import _io

from _io import (DEFAULT_BUFFER_SIZE, UnsupportedOperation, open, FileIO,
                 BytesIO, StringIO, BufferedReader, BufferedWriter,
                 BufferedRWPair, BufferedRandom, IncrementalNewlineDecoder,
                 TextIOWrapper)

__all__ = [
    "BlockingIOError", "open", "open_code", "IOBase", "RawIOBase", "FileIO",
    "BytesIO", "StringIO", "BufferedIOBase", "BufferedReader",
    "BufferedWriter", "BufferedRWPair", "BufferedRandom", "TextIOBase",
    "TextIOWrapper", "UnsupportedOperation", "SEEK_SET", "SEEK_CUR",
    "SEEK_END", "DEFAULT_BUFFER_SIZE", "text_encoding",
    "IncrementalNewlineDecoder",
]

# The builtin, re-exported because io is where the docs list it.
BlockingIOError = BlockingIOError

# Values of seek()'s whence argument.
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2


def open_code(path):
    """Open `path` to read it as source or bytecode: always binary mode."""
    if type(path) is not str and not isinstance(path, str):
        raise TypeError("open_code() argument 'path' must be str, not "
                        + type(path).__name__)
    return open(path, "rb")


def text_encoding(encoding, stacklevel=2):
    """What a text stream opened with `encoding` will use: the argument
    when given, otherwise "utf-8" in UTF-8 mode and "locale" elsewhere."""
    if encoding is not None:
        return encoding
    import sys
    flags = getattr(sys, "flags", None)
    return "utf-8" if getattr(flags, "utf8_mode", 0) else "locale"


# The abstract classes derive from the native bases (which carry the
# default method implementations) and use ABCMeta so that the concrete
# native types can be registered as virtual subclasses below.
class IOBase(_io._IOBase, metaclass=abc.ABCMeta):
    """Root of the stream hierarchy: close(), iteration, context manager."""


class RawIOBase(_io._RawIOBase, IOBase):
    """Unbuffered binary streams over an OS-level descriptor."""


class BufferedIOBase(_io._BufferedIOBase, IOBase):
    """Binary streams with buffering: read(n) returns up to n bytes."""


class TextIOBase(_io._TextIOBase, IOBase):
    """Streams of str, decoding and encoding an underlying byte stream."""


def _register_natives():
    kinds = {
        RawIOBase: [FileIO],
        BufferedIOBase: [BytesIO, BufferedReader, BufferedWriter,
                         BufferedRandom, BufferedRWPair],
        TextIOBase: [StringIO, TextIOWrapper],
    }
    for base, natives in kinds.items():
        for cls in natives:
            base.register(cls)


_register_natives()
del _register_natives
