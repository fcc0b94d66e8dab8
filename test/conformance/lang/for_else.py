# for loops with else, break, continue, nested loops
for i in range(3):
    print('for', i)
else:
    print('else after normal exhaustion')
for i in range(10):
    if i == 3:
        break
else:
    print('never')
print('after break i =', i)
for i in []:
    pass
else:
    print('else on empty iterable')
def primes(limit):
    out = []
    for n in range(2, limit):
        for d in range(2, n):
            if n % d == 0:
                break
        else:
            out.append(n)
    return out
print('primes', primes(30))
for i in range(6):
    if i % 3 == 0:
        continue
    print('not multiple of 3:', i)
else:
    print('else after continues')
for ch in 'abc':
    for n in range(2):
        if n == 1 and ch == 'b':
            break
        print('pair', ch, n)
def find_first_negative(rows):
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            if val < 0:
                return (r, c)
    return None
print('nested return', find_first_negative([[1, 2], [3, -4]]), find_first_negative([[1]]))
matrix = [[1, 2, 3], [4, 5, 6]]
for row in matrix:
    for v in row:
        if v == 5:
            break
    else:
        print('row without 5', row)
        continue
    print('row with 5', row)
    break
total = 0
for i in range(1, 101):
    total += i
print('sum 1..100', total)
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        print(f'{i}{j}', end=' ')
print()
seq = iter(range(5))
for x in seq:
    if x == 1:
        print('skipping next manually', next(seq))
    print('x', x)
for i, x in enumerate('ab', start=1):
    print('enumerate start', i, x)
for i in range(3, 0, -1):
    print('countdown', i)
else:
    print('liftoff')
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
for v in Seq():
    print('legacy getitem iteration', v)
