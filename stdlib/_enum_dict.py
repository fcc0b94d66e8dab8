"""The namespace an enum class body runs in (_EnumDict), and the markers a
body may use: auto, member and nonmember.  Part of the enum module, kept
apart because it needs nothing from the enum classes themselves."""


def _name_kind(owner, name):
    """Classify an attribute name of class `owner`: 'private' (a mangled
    __name), 'sunder' (_name_), 'dunder' (__name__) or '' (ordinary)."""
    size = len(name)
    mangled = '_' + owner + '__'
    if size > len(mangled) and name.startswith(mangled) and not name.endswith('__'):
        return 'private'
    if size > 2 and name[0] == '_' == name[-1] and '_' not in (name[1], name[-2]):
        return 'sunder'
    if size > 4 and name.startswith('__') and name.endswith('__'):
        if name[2] != '_' and name[-3] != '_':
            return 'dunder'
    return ''


def _split_names(text):
    # 'A, B C' -> ['A', 'B', 'C']: commas and blanks both separate
    return text.replace(',', ' ').split()


def _is_descriptor(obj):
    for hook in ('__get__', '__set__', '__delete__'):
        if hasattr(obj, hook):
            return True
    return False


def _nested_class(owner, obj):
    if not isinstance(obj, type):
        return False
    dotted = owner + '.' + obj.__name__
    qualname = getattr(obj, '__qualname__', '')
    return qualname == dotted or qualname.endswith('.' + dotted)


# -- values the class body may use ---------------------------------------

class _AutoPending:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoPending()


class auto:
    """Stands for a member value that _generate_next_value_ will supply."""
    __module__ = 'enum'

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class member:
    """Wraps a value that must become a member even if it is callable."""
    __module__ = 'enum'

    def __init__(self, value):
        self.value = value


class nonmember:
    """Wraps a value that must stay a plain class attribute."""
    __module__ = 'enum'

    def __init__(self, value):
        self.value = value


# -- the class body namespace ---------------------------------------------

_RESERVED_OK = frozenset((
    '_order_', '_generate_next_value_', '_numeric_repr_', '_missing_',
    '_ignore_', '_iter_member_', '_iter_member_by_value_',
    '_iter_member_by_def_',
))


class _EnumDict(dict):
    """Namespace of an enum class body (see the module docstring)."""

    def __init__(self, cls_name='', next_value=None):
        super().__init__()
        self._cls_name = cls_name
        self.candidates = []       # names that will become members, in order
        self.earlier_values = []   # what auto() builds on
        self.ignored = ()
        self.next_value = next_value
        self.auto_used = False

    def __setitem__(self, key, value):
        kind = _name_kind(self._cls_name, key)
        if kind == 'sunder':
            value = self._reserved(key, value)
        elif kind == 'dunder':
            if key == '__order__':
                key = '_order_'
        elif kind == '':
            if key in self.candidates:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if key not in self.ignored:
                value = self._classify(key, value)
        dict.__setitem__(self, key, value)

    def _reserved(self, key, value):
        if key not in _RESERVED_OK:
            raise ValueError('_sunder_ names, such as %r, are reserved for '
                             'future Enum use' % (key,))
        if key == '_generate_next_value_':
            if self.auto_used:
                raise TypeError(
                    '_generate_next_value_ must be defined before members')
            if isinstance(value, staticmethod):
                self.next_value = value.__func__
            else:
                self.next_value = value
        elif key == '_ignore_':
            value = _split_names(value) if isinstance(value, str) else list(value)
            clash = set(value).intersection(self.candidates)
            if clash:
                raise ValueError('_ignore_ cannot specify already set names: %r'
                                 % (clash,))
            self.ignored = value
        return value

    def _classify(self, key, value):
        """Return what to store for `key`, noting it if it is a member."""
        if isinstance(value, nonmember):
            return value.value
        if _is_descriptor(value):
            return value
        if key in self:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        if isinstance(value, member):
            value = value.value
        elif _nested_class(self._cls_name, value):
            import warnings
            warnings.warn(
                'In 3.13 classes created inside an enum will not become a '
                'member.  Use the `member` decorator to keep the current '
                'behavior.', DeprecationWarning, stacklevel=3)
        value = self._fill_autos(key, value)
        self.candidates.append(key)
        return value

    def _fill_autos(self, key, value):
        alone = isinstance(value, auto)
        parts = (value,) if alone else value
        if type(parts) is not tuple or not any(isinstance(p, auto) for p in parts):
            self.earlier_values.append(value)
            return value
        filled = []
        for part in parts:
            if isinstance(part, auto):
                if part.value is _auto_null:
                    part.value = self.next_value(
                        key, 1, len(self.candidates), self.earlier_values[:])
                    self.auto_used = True
                part = part.value
                self.earlier_values.append(part)
            filled.append(part)
        return filled[0] if alone else tuple(filled)
