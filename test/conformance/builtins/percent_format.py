# printf-style % formatting
print('%s %d %i %f' % ('str', 42, 7, 3.14159))
print('%5s|%-5s|%05d|%-5d|%+d|% d' % ('ab', 'ab', 42, 42, 42, 42))
print('%.2f %.0f %10.3f %-10.1f| %e %E %.3e' % (3.14159, 2.5, 3.14159, 2.0, 12345.678, 12345.678, 0.000123))
print('%g %g %g %G %.3g' % (0.0001, 0.00001, 123456789.0, 1e-10, 3.14159))
print('%x %X %o %#x %#X %#o %08x' % (255, 255, 8, 255, 255, 8, 255))
print('%c %c %%' % (65, 'z'))
print('%r %a %s' % ('é', 'é', 'é'))
print('%(name)s is %(age)d years' % {'name': 'Ann', 'age': 30})
print('%(x)s %(x)r' % {'x': 'twice'})
print('%*d|%-*d|%.*f' % (5, 1, 5, 2, 2, 3.14159))
print('single value not tuple', '%s' % 'alone', '%d' % 5, '%s' % [1, 2], '%s' % (1,))
print('tuple as single value', '%s' % ((1, 2),))
print('negative numbers', '%d %x %o %.1f %05d' % (-42, -255, -8, -2.55, -42))
print('int formats accept floats', '%d %i %x' % (3.99, -3.99, 255) if False else '%d %i' % (3.99, -3.99))
print('float formats accept ints', '%f %e %.2g' % (3, 3, 3))
print('big ints', '%d %x' % (2 ** 70, 2 ** 70))
print('bool', '%s %d %r' % (True, True, False))
print('None', '%s %r' % (None, None))
print('bytes %', b'%s %d %x %c %b' % (b'bytes', 5, 255, 65, b'raw'))
print('bytes %r %a', b'%r %a' % ('x', 'y'))
print('inf nan', '%f %e %g %d' % (float('inf'), float('-inf'), float('nan'), 1))
for fmt, args in [('%d', 'x'), ('%d %d', (1,)), ('%d', (1, 2)), ('%z', 1), ('%(a)s', (1,)), ('%(a)s', {}), ('%c', 'ab'), ('%c', 1114112), ('%x', 1.5), ('%', ()), ('%s %s', {'a': 1})]:
    try:
        print('no error', fmt, fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), '->', type(e).__name__, e)
print('dict with non-mapping fields', '%s' % {'k': 1})
print('literal percent only', '100%%' % ())
class S:
    def __str__(self): return 'S.str'
    def __repr__(self): return 'S.repr'
print('objects', '%s %r' % (S(), S()))
print('padding strings with precision', '[%10.3s] [%-10.2s]' % ('abcdef', 'xyz'))
print('%i %u' % (5, 6))
print('zero padding with sign', '%+05d % 05d %+.2f' % (3, 3, 2.5))
print('alt forms', '%#.0f %#g %#o' % (2.0, 2.0, 0))
