# Arithmetic operators on ints, floats and mixed
print('add', 2 + 3, 2.5 + 1, -4 + 10)
print('sub', 2 - 3, 10 - 2.5)
print('mul', 6 * 7, 2 * 0.5, -3 * 4)
print('truediv', 7 / 2, 6 / 3, -7 / 2, 1 / 3, type(6 / 3).__name__)
print('floordiv', 7 // 2, -7 // 2, 7 // -2, -7 // -2, 7.5 // 2, -7.5 // 2)
print('mod', 7 % 3, -7 % 3, 7 % -3, -7 % -3, 7.5 % 2, -7.5 % 2, 5 % 1.5)
print('pow', 2 ** 10, 2 ** -1, (-2) ** 3, -2 ** 2, 2 ** 3 ** 2, 4 ** 0.5)
print('pow float', 2.0 ** 3, 10 ** -2, 0 ** 0, 0.0 ** 0)
print('neg pow', (-8) ** (1 / 3) == complex((-8) ** (1 / 3)))
print('unary', -(-3), +(-3), -0, -0.0, ~0, ~7, ~-8)
print('bool arith', True + 1, True * 3.0, -True, ~True, True / 2)
print('mixed types', 1 + 1.0, type(1 + 1.0).__name__, 3 * 1.0)
print('big', 10 ** 18 * 10 ** 18, (10 ** 18 + 1) * 3, 2 ** 200 // 2 ** 190)
print('big mod', (2 ** 100) % 97, -(2 ** 100) % 97, (2 ** 100) % -97)
print('big floordiv', -(2 ** 100) // 3, (2 ** 100) // -7)
print('divmod', divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5))
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0)]:
    for op in ('/', '//', '%'):
        try:
            eval(f'{a!r} {op} {b!r}')
        except ZeroDivisionError as e:
            print('ZeroDivisionError', a, op, b, '->', e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print('divmod zero:', e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print('pow zero:', e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print('float pow zero:', e)
print('matmul-free: seq ops', [1] * 3, 3 * 'ab', (0,) * 2, [] * 5, 'x' * -1)
print('seq add', [1] + [2], (1,) + (2,), 'a' + 'b')
print('inf arith', float('inf') + 1, float('inf') * 0, -float('inf'))
print('float mod sign', -1.0 % 3, 1.0 % -3, 0.0 % -3)
print('float floordiv zero', -0.5 // 1, 0.5 // -1)
print('int true div big', 10 ** 30 / 10 ** 10, (2 ** 60 + 1) / 1)
print('exact int div', 9007199254740993 // 1, 9007199254740993 % 10)
class Num:
    def __init__(self, v): self.v = v
    def __matmul__(self, o): return Num(self.v * o.v + 1)
    def __repr__(self): return f'Num({self.v})'
print('matmul', Num(3) @ Num(4))
try:
    [1] @ [2]
except TypeError as e:
    print('TypeError', e)
