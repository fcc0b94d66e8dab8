# Comprehension scoping rules
x = 'global x'
result = [x for x in range(3)]
print('loop var does not leak', x, result)
i = 'outer i'
d = {i: i for i in range(2)}
s = {i for i in range(2)}
g = list(i for i in range(2))
print('no leak from dict/set/gen', i)
def f():
    y = 10
    return [y + n for n in range(3)]
print('sees enclosing function locals', f())
def g2():
    vals = [lambda: n for n in range(3)]
    return [v() for v in vals]
print('closure over comprehension variable', g2())
class A:
    base = 10
    items = [1, 2]
    first_iterable_ok = [v for v in items]
    try:
        uses_class_var = [v + base for v in items]
    except NameError as e:
        uses_class_var = 'NameError: ' + str(e)
print('class scope', A.first_iterable_ok, A.uses_class_var)
class B:
    n = 3
    r = [j for j in range(n)]
print('class var in first iterable', B.r)
def walrus_leaks():
    res = [last := v for v in range(4)]
    return res, last
print('walrus binds in enclosing scope', walrus_leaks())
total = 0
[total := total + v for v in range(5)]
print('walrus at module level', total)
try:
    exec('[i := 0 for i in range(3)]')
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    exec('class C:\n    [y := 1 for _ in range(1)]')
except SyntaxError as e:
    print('SyntaxError', e.msg)
def shadow_param(n):
    return [n for n in range(n)]
print('iterable evaluated in enclosing scope', shadow_param(3))
def nested_scope():
    a = 'function a'
    return [[a for _ in range(1)] for a in 'xy']
print('inner sees outer comprehension var', nested_scope())
def uses_global_in_comp():
    return [x for _ in range(1)]
print('global lookup from comprehension', uses_global_in_comp())
def unbound_in_comp():
    try:
        return [undefined_name for _ in range(1)]
    except NameError as e:
        return str(e)
print('NameError', unbound_in_comp())
print('locals inside comprehension are separate', [sorted(locals()) for q in range(1)] if False else 'skip')
def comp_inside_lambda():
    return (lambda n: [n * k for k in range(3)])(5)
print('in lambda', comp_inside_lambda())
v = [1, 2]
v = [v for v in v]
print('same name as iterable', v)
def modify_enclosing():
    acc = []
    [acc.append(n) for n in range(3)]
    return acc
print('side effect on enclosing', modify_enclosing())
