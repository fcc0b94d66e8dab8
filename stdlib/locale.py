"""Locale categories, names and conventions (basic).

https://docs.python.org/3.11/library/locale.html

Written for pys. The C library's locale state is modelled here: each
category holds a locale name, names are accepted when the system has that
locale installed (`locale -a`) or they are C/POSIX, and the conventions
(localeconv, nl_langinfo) are those of the C locale whatever the name:
pys does not load locale data, so formatting is never localized.
"""

import sys

import _platform

_text = str          # `str` is redefined below, as CPython's locale does

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "resetlocale", "localeconv", "strcoll", "strxfrm",
           "str", "atof", "atoi", "format", "format_string", "currency",
           "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding", "LC_MESSAGES"]


class Error(Exception):
    pass


# the category numbers of glibc
LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127

# glibc's categories in the order its composite LC_ALL names list them;
# Python exposes the first six
_CATEGORY_NAMES = ('LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE',
                   'LC_MONETARY', 'LC_MESSAGES', 'LC_PAPER', 'LC_NAME',
                   'LC_ADDRESS', 'LC_TELEPHONE', 'LC_MEASUREMENT',
                   'LC_IDENTIFICATION')
_SLOTS = {LC_CTYPE: 0, LC_NUMERIC: 1, LC_TIME: 2, LC_COLLATE: 3,
          LC_MONETARY: 4, LC_MESSAGES: 5}


def _environ(name):
    try:
        import os
        return os.environ.get(name)
    except ImportError:
        return _platform.getenv(name)


def _canonical_codeset(codeset):
    # how glibc compares codeset names: letters and digits, lower case
    return ''.join(c for c in codeset.lower() if c.isalnum())


def _installed(name):
    if name in ('C', 'POSIX', 'C.UTF-8', 'C.utf8'):
        return True        # built into glibc (C.UTF-8 since 2.35)
    known = _platform.locales()
    if name in known:
        return True
    base, dot, rest = name.partition('.')
    if not dot:
        return False
    codeset, at, modifier = rest.partition('@')
    return (base + '.' + _canonical_codeset(codeset) + at + modifier) in known


_coerced = False       # PEP 538 replaced a C LC_CTYPE by C.UTF-8
_utf8_mode = False     # PEP 540: a C locale at start-up means UTF-8 mode


def _from_environment(slot):
    if slot == 0 and _coerced and not _environ('LC_ALL'):
        return 'C.UTF-8'          # CPython exported LC_CTYPE=C.UTF-8
    for var in ('LC_ALL', _CATEGORY_NAMES[slot], 'LANG'):
        value = _environ(var)
        if value:
            return value
    return 'C'


def _startup_state():
    # CPython sets LC_CTYPE from the environment at start-up; a C locale
    # turns on UTF-8 mode and, unless LC_ALL forces it, becomes C.UTF-8
    # (PEP 538). The other categories stay "C".
    global _coerced, _utf8_mode
    ctype = _from_environment(0)
    if not _installed(ctype):
        ctype = 'C'
    if ctype in ('C', 'POSIX'):
        _utf8_mode = True
        if not _environ('LC_ALL'):
            ctype, _coerced = 'C.UTF-8', True
    return [ctype] + ['C'] * (len(_CATEGORY_NAMES) - 1)


_state = _startup_state()


def _composite():
    if all(name == _state[0] for name in _state):
        return _state[0]
    return ';'.join('%s=%s' % pair for pair in zip(_CATEGORY_NAMES, _state))


def _apply(category, name):
    slots = range(len(_CATEGORY_NAMES)) if category == LC_ALL \
        else (_SLOTS[category],)
    if name == '':
        chosen = {slot: _from_environment(slot) for slot in slots}
    elif category == LC_ALL and '=' in name:
        chosen = {}
        for part in name.split(';'):
            key, _, value = part.partition('=')
            if key not in _CATEGORY_NAMES:
                raise Error('unsupported locale setting')
            chosen[_CATEGORY_NAMES.index(key)] = value
    else:
        chosen = {slot: name for slot in slots}
    for slot, value in chosen.items():
        if not _installed(value):
            raise Error('unsupported locale setting')
    for slot, value in chosen.items():
        _state[slot] = 'C' if value == 'POSIX' else value
    return _composite() if category == LC_ALL else _state[_SLOTS[category]]


def setlocale(category, locale=None):
    """Set the locale of `category` (an LC_* constant) and return the new
    name; with `locale` None, only return the current one. '' takes the
    name from the environment (LC_ALL, the category's variable, LANG)."""
    from operator import index
    category = index(category)
    if locale is not None and not isinstance(locale, _text):
        try:
            locale = normalize(_build_localename(locale))
        except (TypeError, ValueError):
            raise TypeError('Locale must be None, a string, or an iterable '
                            'of two strings -- language code, encoding.')
    if category != LC_ALL and category not in _SLOTS:
        raise Error('locale query failed' if locale is None
                    else 'unsupported locale setting')
    if locale is None:
        return _composite() if category == LC_ALL \
            else _state[_SLOTS[category]]
    return _apply(category, locale)


def _build_localename(localetuple):
    language, encoding = localetuple
    if language is None:
        language = 'C'
    if encoding is None:
        return language
    return language + '.' + encoding


# -- names ---------------------------------------------------------------

# codesets spelled as CPython's locale table spells them
_CODESET_SPELLING = {
    'utf8': 'UTF-8', 'utf': 'UTF-8', 'latin1': 'ISO8859-1',
    'latin9': 'ISO8859-15', 'ascii': 'ISO8859-1', 'eucjp': 'eucJP',
    'euckr': 'eucKR', 'euctw': 'eucTW', 'koi8r': 'KOI8-R',
    'koi8u': 'KOI8-U', 'cp1251': 'CP1251', 'cp1255': 'CP1255',
    'gb2312': 'gb2312', 'big5': 'big5', 'sjis': 'SJIS', 'gbk': 'GBK',
    'gb18030': 'gb18030', 'tis620': 'TIS620', 'iso885915': 'ISO8859-15',
}
for _n in range(1, 17):
    _CODESET_SPELLING['iso8859%d' % _n] = 'ISO8859-%d' % _n
del _n

# languages whose locale without a codeset means ISO 8859-1
_LATIN1_LANGUAGES = frozenset(
    'af br ca da de en es et eu fi fo fr ga gl id is it ms nl nn no oc pt '
    'sq sv tl wa'.split())


def _looks_like_language(base):
    lang, _, territory = base.partition('_')
    return (2 <= len(lang) <= 3 and lang.isalpha() and lang.islower()
            and (not territory or (territory.isalpha() and len(territory) == 2)))


def normalize(localename):
    """The locale name `localename` in the form setlocale() knows best,
    e.g. 'en_US.utf8' -> 'en_US.UTF-8', 'C.UTF-8' -> 'en_US.UTF-8'.
    Names it does not recognise come back unchanged."""
    code = localename.lower()
    if code in ('c', 'posix'):
        return 'C'
    if code in ('c.utf8', 'c.utf-8', 'utf8', 'utf-8', 'c.utf-8@', 'en_us.utf8'):
        return 'en_US.UTF-8' if code not in ('utf8', 'utf-8') else 'UTF-8'
    head, at, modifier = localename.partition('@')
    base, dot, codeset = head.partition('.')
    parts = base.split('_')
    if len(parts) == 2:
        base = parts[0].lower() + '_' + parts[1].upper()
    else:
        base = base.lower()
    if not _looks_like_language(base):
        return localename
    if modifier == 'euro' and not dot:
        return base + '.ISO8859-15'
    if dot:
        spelled = _CODESET_SPELLING.get(_canonical_codeset(codeset))
        if spelled is None:
            return localename
        return base + '.' + spelled + at + modifier
    if base.split('_')[0] in _LATIN1_LANGUAGES:
        return base + '.ISO8859-1' + at + modifier
    return localename


def _parse_localename(localename):
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        language, encoding = code.split('.')[:2]
        return language, encoding
    if code == 'C':
        return None, None
    if code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def getlocale(category=LC_CTYPE):
    """(language code, encoding) of `category`'s locale, e.g.
    ('en_US', 'UTF-8'); (None, None) for the C locale."""
    if category == LC_ALL:
        raise TypeError('category LC_ALL is not supported')
    name = setlocale(category)
    if ';' in name:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(name)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """(language code, encoding) named by the environment (deprecated)."""
    import warnings
    warnings.warn(
        "Use setlocale(), getencoding() and getlocale() instead",
        DeprecationWarning, stacklevel=2)
    return _default_locale(envvars)


def _default_locale(envvars):
    name = 'C'
    for var in envvars:
        value = _environ(var)
        if value:
            name = value.split(':')[0] if var == 'LANGUAGE' else value
            break
    return _parse_localename(name)


def resetlocale(category=LC_ALL):
    """Set `category` to the environment's default locale (deprecated)."""
    import warnings
    warnings.warn('Use locale.setlocale(locale.LC_ALL, "") instead',
                  DeprecationWarning, stacklevel=2)
    setlocale(category, _build_localename(_default_locale(
        ('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE'))))


# -- encodings -----------------------------------------------------------

_GLIBC_CODESET = {'utf8': 'UTF-8', 'eucjp': 'EUC-JP', 'euckr': 'EUC-KR',
                  'koi8r': 'KOI8-R', 'koi8u': 'KOI8-U', 'gb2312': 'GB2312',
                  'big5': 'BIG5', 'gbk': 'GBK', 'latin1': 'ISO-8859-1'}


def _codeset_of(name):
    # what nl_langinfo(CODESET) says for a locale name
    head = name.partition('@')[0]
    base, dot, codeset = head.partition('.')
    if not dot:
        return 'ANSI_X3.4-1968' if base in ('C', 'POSIX') else 'ISO-8859-1'
    key = _canonical_codeset(codeset)
    if key in _GLIBC_CODESET:
        return _GLIBC_CODESET[key]
    if key.startswith('iso8859'):
        return 'ISO-8859-' + key[7:]
    return codeset.upper()


def getencoding():
    """The encoding of the current LC_CTYPE locale (nl_langinfo(CODESET))."""
    return _codeset_of(_state[0])


def getpreferredencoding(do_setlocale=True):
    """The encoding text files use by default: 'utf-8' in UTF-8 mode, else
    that of the environment's locale (of the current one when
    `do_setlocale` is false)."""
    if _utf8_mode or getattr(sys.flags, 'utf8_mode', 0):
        return 'utf-8'
    if not do_setlocale:
        return getencoding()
    name = _from_environment(0)
    if not _installed(name):
        return getencoding()
    return _codeset_of(name)


# -- conventions of the C locale -----------------------------------------

def localeconv():
    """The numeric and monetary conventions of the current locale."""
    return {'int_curr_symbol': '', 'currency_symbol': '',
            'mon_decimal_point': '', 'mon_thousands_sep': '',
            'mon_grouping': [], 'positive_sign': '', 'negative_sign': '',
            'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX,
            'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
            'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX,
            'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX,
            'decimal_point': '.', 'thousands_sep': '', 'grouping': []}


CODESET = 0xe
RADIXCHAR, THOUSEP = 0x10000, 0x10001
CRNCYSTR = 0x4000f
YESEXPR, NOEXPR = 0x50000, 0x50001
ABDAY_1, DAY_1, ABMON_1, MON_1 = 0x20000, 0x20007, 0x2000e, 0x2001a
AM_STR, PM_STR = 0x20026, 0x20027
D_T_FMT, D_FMT, T_FMT, T_FMT_AMPM = 0x20028, 0x20029, 0x2002a, 0x2002b
ERA, ERA_D_FMT, ALT_DIGITS, ERA_D_T_FMT, ERA_T_FMT = \
    0x2002c, 0x2002e, 0x2002f, 0x20030, 0x20031

_DAYS = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split()
_MONTHS = ('January February March April May June July August September '
           'October November December').split()


def _langinfo_table():
    table = {RADIXCHAR: '.', THOUSEP: '', CRNCYSTR: '-', YESEXPR: '^[yY]',
             NOEXPR: '^[nN]', AM_STR: 'AM', PM_STR: 'PM',
             D_T_FMT: '%a %b %e %H:%M:%S %Y', D_FMT: '%m/%d/%y',
             T_FMT: '%H:%M:%S', T_FMT_AMPM: '%I:%M:%S %p', ERA: '',
             ERA_D_FMT: '', ALT_DIGITS: '', ERA_D_T_FMT: '', ERA_T_FMT: ''}
    for i, day in enumerate(_DAYS):
        table[DAY_1 + i], table[ABDAY_1 + i] = day, day[:3]
    for i, month in enumerate(_MONTHS):
        table[MON_1 + i], table[ABMON_1 + i] = month, month[:3]
    return table


_langinfo = None


def nl_langinfo(key):
    """One item of the current locale's conventions (key: CODESET, D_FMT...)."""
    global _langinfo
    if key == CODESET:
        return getencoding()
    if _langinfo is None:
        _langinfo = _langinfo_table()
    if key not in _langinfo:
        raise ValueError('unsupported langinfo constant')
    return _langinfo[key]


for _i in range(7):
    globals()['DAY_%d' % (_i + 1)] = DAY_1 + _i
    globals()['ABDAY_%d' % (_i + 1)] = ABDAY_1 + _i
for _i in range(12):
    globals()['MON_%d' % (_i + 1)] = MON_1 + _i
    globals()['ABMON_%d' % (_i + 1)] = ABMON_1 + _i
del _i


def strcoll(os1, os2):
    """Compare two strings by the collation of LC_COLLATE (code points in
    the C locale): negative, zero or positive."""
    for n, arg in ((1, os1), (2, os2)):
        if not isinstance(arg, _text):
            raise TypeError('strcoll() argument %d must be str, not %s'
                            % (n, type(arg).__name__))
    return (os1 > os2) - (os1 < os2)


def strxfrm(string):
    """A key such that comparing keys is like strcoll() on the strings."""
    if not isinstance(string, _text):
        raise TypeError('strxfrm() argument must be str, not %s'
                        % type(string).__name__)
    return string


# -- number formatting ---------------------------------------------------
# In the C conventions (the only ones pys has) numbers use '.' and are not
# grouped, so formatting is plain %-formatting.

def format_string(f, val, grouping=False, monetary=False):
    """`f % val` with numbers written by the locale's conventions."""
    return f % val


def format(percent, value, grouping=False, monetary=False, *additional):
    """Deprecated: format_string() for a single %-specifier."""
    import warnings
    warnings.warn("This method will be removed in a future version of "
                  "Python. Use 'locale.format_string()' instead.",
                  DeprecationWarning, stacklevel=2)
    return format_string(percent, value, grouping, monetary)


def currency(val, symbol=True, grouping=False, international=False):
    """`val` formatted as money in the current locale."""
    conv = localeconv()
    digits = conv['int_frac_digits' if international else 'frac_digits']
    if digits == CHAR_MAX:
        raise ValueError("Currency formatting is not possible using "
                         "the 'C' locale.")
    return format_string('%%.%if' % digits, abs(val), grouping, True)


def str(val):
    """The float `val` as %.12g with the locale's decimal point."""
    return format_string('%.12g', val)


def delocalize(string):
    """A number written by the locale's conventions, in Python's syntax."""
    conv = localeconv()
    if conv['thousands_sep']:
        string = string.replace(conv['thousands_sep'], '')
    if conv['decimal_point'] != '.':
        string = string.replace(conv['decimal_point'], '.')
    return string


def localize(string, grouping=False, monetary=False):
    """A number in Python's syntax, written by the locale's conventions."""
    conv = localeconv()
    if conv['decimal_point'] != '.':
        string = string.replace('.', conv['decimal_point'])
    return string


def atof(string, func=float):
    """Parse a float written by the locale's conventions."""
    return func(delocalize(string))


def atoi(string):
    """Parse an int written by the locale's conventions."""
    return int(delocalize(string))
