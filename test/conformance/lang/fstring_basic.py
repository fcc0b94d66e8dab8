# f-string basics: expressions, conversions, escaping
name = 'World'
n = 42
pi = 3.14159265
print(f'Hello, {name}!')
print(f'{n} {n + 1} {n * 2}')
print(f'{{literal braces}} {n}')
print(f'{{{n}}}')
print(f'{name!r} {name!s} {name!a}')
print(f'{"héllo"!a}')
print(f'{[1, 2, 3]}')
print(f'{ {"a": 1}["a"] }')
print(f'{n:5}|{n:<5}|{n:^5}|{n:>5}|')
print(f'{pi:.2f} {pi:10.3f} {pi:e}')
print(f'{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o} {n:#b}')
print(f'{1234567:,} {1234567:_} {0.5:%}')
print(f'{name:*^11}')
print(f'{"abc":.2}')
items = ['a', 'b']
print(f'{len(items)} items: {", ".join(items)}')
print(f'{n if n > 40 else -n}')
print(f'{(lambda x: x * 2)(5)}')
print(f'{n!r:>6}')
print(f'{name!r:^12}')
d = {'key': 'value'}
print(f"{d['key']}")
print(f'{3.0}', f'{1e20}', f'{None}', f'{True}')
class P:
    def __format__(self, spec):
        return 'P<' + spec + '>'
    def __repr__(self):
        return 'P()'
    def __str__(self):
        return 'P-str'
p = P()
print(f'{p} {p:abc} {p!r} {p!s}')
print(f'{p!r:>8}')
print(f'multi' f'{n}' 'plain')
print(f'''triple {n}
second line {name}''')
x = 10
print(f'{x=}')
print(f'{x = }')
print(f'{x*2=}')
print(f'{name=!s}')
print(f'{pi=:.1f}')
print(f'{"nested " + f"{n}"}')
width = 8
prec = 3
print(f'{pi:{width}.{prec}f}|')
print(f'{name:>{width}}|')
print(f'{n:{"x"}}')
print(f'{-5:+} {5:+} {5: } {-5: }')
print(f'{0:03d} {-7:05d} {7:+05d}')
print(f'{"tab":\t>6}' if False else f'{"x":-<4}')
print(f'{1/3:.3}', f'{2/3:g}', f'{1e-10:g}', f'{123456789.0:g}')
