# Assorted syntax: semicolons, continuation lines, comments, pass, Ellipsis, unicode names
a = 1; b = 2; c = a + b
print('semicolons', a, b, c)
total = 1 + \
        2 + \
        3
print('backslash continuation', total)
values = [
    1,
    2,  # comment inside brackets
    3,
]
print('trailing comma list', values)
call = max(
    4,
    9,
)
print('trailing comma call', call)
def f(
    x,
    y=2,
):
    return x + y
print('trailing comma params', f(1))
if True: print('single-line if suite'); print('second statement')
for i in range(2): print('one-line for', i)
while False: pass
class Empty: pass
def nothing(): ...
print('ellipsis body returns', nothing(), ..., type(...).__name__, Ellipsis is ...)
π = 3.14159
größe = 'size'
变量 = 'variable'
print('unicode identifiers', π, größe, 变量)
_ = 'underscore name'
__ = 'double underscore'
print(_, __)
x = (1)
y = (1,)
z = ()
print('parens vs tuple', type(x).__name__, type(y).__name__, type(z).__name__)
t = 1, 2, 3
print('bare tuple', t)
print('nested brackets', [[(), {}], {(1, 2): [3]}])
s = """triple
quoted"""; print('triple quote then semicolon', s.split())
print('comment # inside string')  # real comment
print('keyword-like names', [n for n in ('match', 'case', 'type', '_') if n])
match = 1
case = 2
type_ = 3
print('soft keywords as variables', match, case, type_)
long_expr = (1 +
             2 *
             3)
print('implicit continuation in parens', long_expr)
lst = [1, 2, 3][
    1
]
print('subscript across lines', lst)
def g(): return 'one-liner def'
print(g())
if 1:
    pass
elif 2:
    pass
else:
    pass
print('pass everywhere ok')
x = y = z = []
print('chained assignment shares object', x is y is z)
del x, y, z
print('numbers with attributes', (1).real, 1 .imag, 1.0.hex(), 0x10.bit_length())
print('not in / is not spacing', 1 not in[2], [1]is not None, 'a'in'abc')
print(*'abc', sep='')
print('empty print follows')
print()
print('conditional import', __import__('math').pi > 3)
