# locale: categories, setlocale/getlocale, encodings, C-locale conventions
# (the conformance runner sets LC_ALL=C.UTF-8)
import locale as L
for args in [(L.LC_ALL,), (L.LC_NUMERIC,), (99,), (L.LC_ALL, 'C'), (L.LC_ALL,), (L.LC_NUMERIC, 'C.UTF-8'), (L.LC_ALL,), (L.LC_ALL, 'xx_YY'), (L.LC_ALL, ('en_US','UTF-8')), (L.LC_ALL, ''), (L.LC_ALL,), ('x',), (L.LC_CTYPE, 'POSIX'), (L.LC_ALL, None), (L.LC_CTYPE, 5), (L.LC_TIME, 'C.utf8'), (L.LC_ALL, None), (L.LC_ALL, 'C.UTF-8'), (L.LC_ALL,), (99, 'C'), (L.LC_CTYPE, (None, None))]:
    try: print(args, repr(L.setlocale(*args)))
    except Exception as e: print(args, type(e).__name__, e)
for n in ['C', 'c.utf8', 'en_US', 'en_US.utf8', 'de_DE.UTF-8', 'en_US.ISO-8859-1', 'fr_FR@euro', 'POSIX', 'xx', 'ja_JP.eucjp', 'en_US.latin1', 'C.UTF-8', 'en_GB.UTF8@foo', 'EN_us.utf-8']:
    print(n, L.normalize(n))
for c in [L.LC_CTYPE, L.LC_NUMERIC, L.LC_ALL]:
    try: print(L.getlocale(c))
    except Exception as e: print(type(e).__name__, e)
print(L.getpreferredencoding(), L.getpreferredencoding(False), L.getencoding())
L.setlocale(L.LC_ALL, 'C')
print(L.getpreferredencoding(), L.getpreferredencoding(False), L.getencoding(), L.getlocale())
L.setlocale(L.LC_ALL, '')
print(L.getpreferredencoding(), L.getpreferredencoding(False), L.getencoding(), L.getlocale())
print(L.LC_CTYPE, L.LC_NUMERIC, L.LC_TIME, L.LC_COLLATE, L.LC_MONETARY, L.LC_MESSAGES, L.LC_ALL, L.CHAR_MAX, L.Error, L.Error.__mro__)
print(L.strcoll('a','b'), L.strcoll('b','a'), L.strcoll('a','a'), L.strxfrm('abc'), L.str(1.5), L.str(1/3), L.atof('1.5'), L.atoi('42'), L.format_string('%d', 1234567, grouping=True), L.delocalize('1,234.5'))
print(L.format_string('%.2f and %s', (1234.5, 'x')), L.format_string('%(a)d', {'a': 3}), L.localize('1234.5'))
try: L.strcoll(1, 'a')
except TypeError as e: print(e)
try: L.currency(1.5)
except ValueError as e: print(e)
print(L.localeconv())
for n in ['CODESET','D_T_FMT','D_FMT','T_FMT','T_FMT_AMPM','RADIXCHAR','THOUSEP','YESEXPR','NOEXPR','CRNCYSTR','ERA','ALT_DIGITS','AM_STR','PM_STR','DAY_1','ABDAY_1','MON_1','ABMON_1', 'DAY_7', 'MON_12', 'ABMON_12']:
    v=getattr(L,n); print(n, hex(v), repr(L.nl_langinfo(v)))
try: L.nl_langinfo(12345)
except Exception as e: print(type(e).__name__, e)
print(sorted(L.__all__))
