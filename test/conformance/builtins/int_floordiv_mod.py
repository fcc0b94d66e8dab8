# // and % with negative operands, for ints and floats
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 3), (0, -3), (6, 3), (-6, 3), (1, 10), (-1, 10)]
for a, b in pairs:
    q, r = a // b, a % b
    print(f'{a:>3} // {b:>3} = {q:>3}   {a:>3} % {b:>3} = {r:>3}   check {q * b + r == a}  divmod {divmod(a, b)}')
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.5, 0.25), (-0.0, 1), (5, 0.3)]
for a, b in fpairs:
    print(f'{a} // {b} = {a // b!r}   {a} % {b} = {a % b!r}   divmod {divmod(a, b)!r}')
print('mod sign follows divisor', 5 % -2, -5 % 2, 5.0 % -2, -5.0 % 2)
print('mod zero results', 4 % -2, -4 % 2, 4.0 % -2, -4.0 % 2)
print('big negative', (-10 ** 20) // 3, (-10 ** 20) % 3, (10 ** 20) // -3, (10 ** 20) % -3)
print('big divmod', divmod(-10 ** 30, 7), divmod(10 ** 30, -7))
print('float inf', 5 % float('inf'), -5 % float('inf'), 5 // float('inf'), -5 // float('inf'))
print('truncating vs floor', int(-7 / 2), -7 // 2, round(-7 / 2))
print('bool operands', True // 2, True % 2, -True // 2)
for bad in [(1, 0), (1.0, 0), (1, 0.0), (-5, 0)]:
    try:
        bad[0] // bad[1]
    except ZeroDivisionError as e:
        print('//', bad, e)
    try:
        bad[0] % bad[1]
    except ZeroDivisionError as e:
        print('%', bad, e)
    try:
        divmod(*bad)
    except ZeroDivisionError as e:
        print('divmod', bad, e)
print('negative zero float mod', repr(-0.0 % 5), repr(0.0 % -5))
print('exact large float floor', 1e300 // 1e-10 if False else (2.0 ** 60) // 3)
print('clock arithmetic', [(h - 5) % 12 for h in range(0, 12, 3)])
print('index wrap', [[1, 2, 3][i % 3] for i in range(-4, 4)])
