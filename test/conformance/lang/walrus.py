# Assignment expressions (walrus operator)
if (n := len('hello')) > 3:
    print('if walrus', n)
data = [1, 2, 3, 4]
while (item := data.pop()) != 2:
    print('popped', item)
print('left', data, item)
print('in comprehension filter', [y for x in range(5) if (y := x ** 2) % 2])
print('value of expression', (z := 7), z)
print('nested', (a := (b := 3) + 1), a, b)
def f(x):
    return x * 10
vals = [r for v in range(4) if (r := f(v)) > 10]
print('reuse computed value', vals, r)
print('in function call', abs(w := -5), w)
print('in tuple', (p := 1, p + 1))
def scope():
    if (local := 'inside'):
        pass
    return local
print('function local', scope(), 'local' in globals())
chunks = iter(['ab', 'cd', ''])
out = []
while chunk := next(chunks):
    out.append(chunk)
print('loop until falsy', out)
print('lambda body', (lambda: (q := 4) * q)())
print('f-string needs parens', f'{(x := 10)} {x}')
count = 0
def counter():
    global count
    count += 1
    return count
results = [c for _ in range(3) if (c := counter())]
print('walrus + side effects', results, c)
for bad in ['x := 1', '(a.b := 1)', '(a[0] := 1)', 'def f(a := 1): pass']:
    try:
        exec(bad, {'a': [0]})
        print('ok', bad)
    except SyntaxError as e:
        print('SyntaxError', repr(bad), e.msg)
ns = {}
exec('x = 0\nt = (x, y := 1, 2)', ns)
print('tuple with walrus', ns['t'], ns['y'])
print('any with witness', any((hit := v) > 2 for v in [1, 3, 5]), hit)
print('all with counterexample', all((bad := v) < 3 for v in [1, 2, 4, 0]), bad)
d = {'k': 5}
if (v := d.get('k')) is not None:
    print('dict get pattern', v)
print('precedence', (t := 1 + 2 * 3), t)
print('walrus in slice', [0, 1, 2, 3][(s := 1):(s + 2)], s)
