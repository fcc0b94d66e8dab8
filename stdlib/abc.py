"""Abstract base classes (PEP 3119).

ABCMeta, the metaclass with register() and the isinstance/issubclass hooks,
is native (_abc); this module adds the decorators and the ABC helper class.
https://docs.python.org/3.11/library/abc.html
"""

from _abc import ABCMeta, get_cache_token, _compute_abstracts


def abstractmethod(funcobj):
    """Mark a method abstract.

    A class whose metaclass derives from ABCMeta cannot be instantiated while
    any of its abstract methods is not overridden.  Stack it innermost, under
    property, classmethod or staticmethod.
    """
    # ABCMeta, property, classmethod... all look for this flag
    funcobj.__isabstractmethod__ = True
    return funcobj


# The three classes below are the pre-3.3 spellings, kept for old code: each
# is its builtin base applied to a function it marks abstract.

class abstractclassmethod(classmethod):
    """Deprecated: use classmethod over abstractmethod."""

    def __init__(self, callable):
        super().__init__(abstractmethod(callable))


class abstractstaticmethod(staticmethod):
    """Deprecated: use staticmethod over abstractmethod."""

    def __init__(self, callable):
        super().__init__(abstractmethod(callable))


class abstractproperty(property):
    """Deprecated: use property over abstractmethod."""


# The flag is also a class attribute, read as True on the classes themselves.
for _deprecated in (abstractclassmethod, abstractstaticmethod, abstractproperty):
    _deprecated.__isabstractmethod__ = True
del _deprecated


def update_abstractmethods(cls):
    """Recompute the abstract methods of an abstract class.

    Needed when methods are added to or implemented on a class after it was
    created (as class decorators like dataclass do); returns cls.
    """
    # a class that is not an ABC has nothing to keep up to date
    if hasattr(cls, '__abstractmethods__'):
        _compute_abstracts(cls)
    return cls


class ABC(metaclass=ABCMeta):
    """Base class for ABCs, for those who prefer inheritance to writing
    metaclass=ABCMeta."""
    __slots__ = ()
