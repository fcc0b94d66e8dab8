# f-strings: nested fields, dynamic specs, objects, dates-free formatting
rows = [('apple', 3, 1.5), ('banana', 12, 0.25), ('cherry', 100, 10.0)]
for name, qty, price in rows:
    print(f'{name:<10}|{qty:>5}|{price:>8.2f}|{qty * price:>9.3f}')
w = 6
for align in '<', '^', '>':
    print(f'[{"ab":{align}{w}}]')
for fill in '*', '0', '.':
    print(f'[{42:{fill}>{w}}]')
print(f'{"outer {inner}"}')
print(f'{f"{1+1}"}', f'''{f"{f'{2+2}'}"}''')
vals = [1, 22, 333]
print(f'{vals[0]}-{vals[-1]}-{vals[1:]}')
obj = type('O', (), {'attr': 'A', 'num': 7})()
print(f'{obj.attr} {obj.num:03}')
print(f'{"%s" % "percent"}')
print(f'{"{}".format("fmt")}')
print(f'{3 > 2} {not True} {None is None}')
print(f'{[x * x for x in range(4)]}')
print(f'{ {k: v for k, v in zip("ab", (1, 2))} }')
print(f'{(1, 2)}')
print(f'{ {1, } }')
print(f'{"a" "b"}')
print(f'{1:{"<"}{3}}|')
def spec(): return '.3f'
print(f'{2.5:{spec()}}')
s = 'str'
print(f'{s!r:{"^"}{9}}')
print(f'{12345.6789:,.2f}', f'{12345.6789:_.1f}', f'{-0.0:.1f}', f'{1e6:,.0f}')
print(f'{255:08b}', f'{255:#010x}', f'{-255:#x}', f'{65:c}')
print(f'{10**20:,}', f'{-10**20:_d}')
print(f'{0.000123:.2e}', f'{123.456:E}', f'{1.5:G}', f'{1e100:.3G}')
print(f'{0.25:.0%}', f'{1/7:.4%}')
print(f'{"left":<{2 + 4}}|', f'{"r":>{w}.{1}}|')
a, b = 3, 4
print(f'{a}+{b}={a + b}', f'{a!s:>3}', f'{a * b = }')
print(f'{a:{b}}|')
try:
    f'{1:invalid}'
except ValueError as e:
    print('ValueError', e)
try:
    f'{"s":d}'
except ValueError as e:
    print('ValueError', e)
try:
    eval("f'{}'")
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    eval("f'{a'")
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    eval("f'}'")
except SyntaxError as e:
    print('SyntaxError', e.msg)
