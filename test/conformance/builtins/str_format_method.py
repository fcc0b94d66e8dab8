# str.format fields: positional, keyword, attribute, index, conversion, nesting
print('{} {} {}'.format('a', 'b', 'c'))
print('{0} {1} {0}'.format('x', 'y'))
print('{name} is {age}'.format(name='Ann', age=30))
print('{0[0]} {0[1]} {1[key]}'.format(['l0', 'l1'], {'key': 'dv'}))
class P:
    x = 3
    y = [10, 20]
print('{p.x} {p.y[1]} {0.x}'.format(P(), p=P()))
print('{!r} {!s} {!a}'.format('é', 'é', 'é'))
print('{0!r:>8}|'.format('x'))
print('{:{width}.{prec}f}'.format(3.14159, width=10, prec=2))
print('{0:{1}}|'.format('ab', 5))
print('{{literal}} {}'.format('v'))
print('{:*^9}'.format('mid'))
print('{d[1]} {d[a]}'.format(d={1: 'int key', 'a': 'str key'}))
print('index is int if digits', '{0[2]}'.format('abcd'), '{0[-1]}'.format({'-1': 'string key'}))
print('format_map', '{a}-{b}'.format_map({'a': 1, 'b': 2}))
class Default(dict):
    def __missing__(self, k):
        return '?' + k
print('format_map missing', '{a}-{zz}'.format_map(Default(a='A')))
print('repeat same arg', '{0}{0}{0}'.format('ab'))
print('mixed auto and kw', '{} {x} {}'.format(1, 2, x='X'))
print('attribute of kw', '{o.real}'.format(o=5))
print('nested objects', '{0[0][1]}'.format([[1, 2]]))
for bad, args, kw in [('{} {0}', (1, 2), {}), ('{0} {}', (1, 2), {}), ('{1}', (1,), {}), ('{x}', (), {}),
                      ('{', (), {}), ('}', (), {}), ('{0!x}', (1,), {}), ('{0[}', (1,), {}), ('{:d}', ('s',), {}),
                      ('{0.missing}', (1,), {}), ('{0[5]}', ([1],), {})]:
    try:
        print('no error', bad.format(*args, **kw))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(bad), '->', type(e).__name__, e)
print('format with objects', '{}'.format(None), '{}'.format([1, 'a']), '{:>6}'.format(True), '{:d}'.format(True))
print('empty format', ''.format(1, 2), 'no fields'.format(x=1))
print('surplus args ignored', '{}'.format(1, 2, 3))
print('format of format', '{:{}{}{}}'.format(42, '>', '+', 8))
# field numbers past 15 digits: an index up to Py_ssize_t, then an error
for f in ['{0000000000000001}', '{1234567890123456}', '{9223372036854775807}', '{9223372036854775808}', '{00000000000000000000001}', '{0[0000000000000000001]}']:
    try: print(f.format([1, 2], 2))
    except Exception as e: print(type(e).__name__, e)
