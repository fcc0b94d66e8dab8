"""Set handlers for asynchronous events (pys).

The work is done by _signal (stdlib/_signal.ts); this layer gives the
numbers their enum names, as CPython's signal module does: Signals for
SIG* numbers, Handlers for SIG_DFL/SIG_IGN, Sigmasks for SIG_BLOCK & co.
"""

import _signal
from _signal import *
from enum import IntEnum as _IntEnum

_globals = globals()


def _members(pick):
    return {name: value for name, value in vars(_signal).items() if pick(name)}


Signals = _IntEnum('Signals', _members(
    lambda n: (n.startswith('SIG') and not n.startswith('SIG_')) or n.startswith('CTRL_')),
    module=__name__)
Handlers = _IntEnum('Handlers', _members(lambda n: n in ('SIG_DFL', 'SIG_IGN')), module=__name__)
Sigmasks = _IntEnum('Sigmasks', _members(lambda n: n in ('SIG_BLOCK', 'SIG_UNBLOCK', 'SIG_SETMASK')),
                    module=__name__)
for _enum in (Signals, Handlers, Sigmasks):
    _globals.update(_enum.__members__)
del _enum


def _to_enum(value, enum_class):
    """An int as a member of enum_class when it names one, else as is."""
    try:
        return enum_class(value)
    except ValueError:
        return value


def _to_int(value):
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    old = _signal.signal(_to_int(signalnum), _to_int(handler))
    return _to_enum(old, Handlers)


signal.__doc__ = _signal.signal.__doc__


def getsignal(signalnum):
    return _to_enum(_signal.getsignal(signalnum), Handlers)


def pthread_sigmask(how, mask):
    return {_to_enum(x, Signals) for x in _signal.pthread_sigmask(how, mask)}


def sigpending():
    return {_to_enum(x, Signals) for x in _signal.sigpending()}


def valid_signals():
    return {_to_enum(x, Signals) for x in _signal.valid_signals()}


del _globals
