# Set displays of constants print in CPython's order, also when hashes collide
print({-1, -2, -3, 2**62, 2**64})
print({-1, -2, -3, 2**62, 2**64, 7, 8, 9, 10**20})
print({3, 1, 2}, {'a'} | {'b'} == {'a', 'b'})
x = 5
print(sorted({x, -x, x * 2}))
for v in {8, 16, 24, 32}:
    print(v, end=' ')
print()
# comparisons by code point, not UTF-16 unit
a, b = '\U0001F600', '\uffff'
print(a > b, a >= b, a < b, a <= b, max(a, b) == a, min([a, b]) == b)
print(sorted([a, b, 'x', '\ue000']) == ['x', '\ue000', b, a])
