# Conditional expressions
for n in (-1, 0, 1):
    print(n, 'positive' if n > 0 else 'zero' if n == 0 else 'negative')
calls = []
def a():
    calls.append('a')
    return 'A'
def b():
    calls.append('b')
    return 'B'
r = a() if True else b()
print('only taken branch evaluated', r, calls)
calls.clear()
r = a() if False else b()
print('other branch', r, calls)
calls.clear()
def cond():
    calls.append('cond')
    return 0
r = a() if cond() else b()
print('condition first then branch', r, calls)
print('nested right', 1 if False else 2 if False else 3)
print('nested left', (1 if True else 2) if False else 3)
print('in list', [x if x % 2 else -x for x in range(5)])
print('in call', max(1, 5) if True else None)
print('lambda', (lambda v: 'big' if v > 10 else 'small')(11))
print('truthiness of condition', 'yes' if [] else 'no', 'yes' if [0] else 'no')
x = 5
y = 'odd' if x % 2 else 'even'
print('assignment', y)
print('precedence with or', (0 or 1) if True else 2, 0 or (1 if False else 2))
print('precedence with lambda', (lambda: 1 if False else 2)())
print('as argument', str(10 if x > 3 else 20))
print('tuple needs parens', (1, 2) if x else (3, 4))
val = 1, 2 if False else 3
print('tuple binds tighter than ternary?', val)
print('in f-string', f"{'hi' if x else 'bye'}")
def sign(n):
    return -1 if n < 0 else (1 if n > 0 else 0)
print('sign', [sign(n) for n in (-5, 0, 5)])
print('returns object itself', [] if True else {}, type({} if False else set()).__name__)
print('chain with comparisons', 'in range' if 0 < x < 10 else 'out')
print('not in condition', 'absent' if 9 not in [1, 2] else 'present')
print('walrus in condition', (w := 3) if (w := 4) else w, w)
