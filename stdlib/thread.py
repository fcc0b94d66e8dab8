"""The Python 2 name of _thread, for the documents' Python 2 programs."""

from _thread import *
from _thread import LockType, error, start_new, allocate, exit_thread, TIMEOUT_MAX
