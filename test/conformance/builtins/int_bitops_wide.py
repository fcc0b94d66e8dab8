# &, |, ^, << between ints up to and beyond 2**53 and int32 masks: every
# pair of boundary values, plus an LCG stream, folded into checksums so a
# single wrong bit shows; then a few results printed whole.
edges = [0, 1, 3, 255, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1, 2 ** 32, 2 ** 32 + 5,
         2 ** 52 + 1, 2 ** 53 - 1, 2 ** 53, 2 ** 53 + 1, 2 ** 64 + 7, 12345678901234]
edges += [-e for e in edges] + [-(2 ** 31) - 1, -(2 ** 31)]

acc_and = acc_or = acc_xor = 0
for a in edges:
    for b in edges:
        acc_and = (acc_and * 31 + (a & b)) % (2 ** 61 - 1)
        acc_or = (acc_or * 31 + (a | b)) % (2 ** 61 - 1)
        acc_xor = (acc_xor * 31 + (a ^ b)) % (2 ** 61 - 1)
print('edges', acc_and, acc_or, acc_xor)

x = 88172645463325252
acc = 0
for i in range(3000):
    x = (x * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    a = (x >> 11) - 2 ** 52          # about +-2**52: JS numbers in pys
    m = x & 0x7fffffff if i % 3 else x & 0xff
    acc = (acc * 37 + (a & m) + 3 * (a | m) + 7 * (a ^ m) + (m & a)) % (2 ** 61 - 1)
    v = a
    v &= 0xffffffff
    v |= 1 << 40
    v ^= m
    acc = (acc + v) % (2 ** 61 - 1)
print('stream', acc)

print((2 ** 53 - 1) & 1, (2 ** 53 - 2) & 0xffff, -(2 ** 52) & 0x7fffffff, (2 ** 40 + 9) & 12)
print((2 ** 53 - 1) | 1, (2 ** 53 - 2) | 1, -(2 ** 53 - 1) | 6, -(2 ** 53) | 1, (2 ** 45) | 0x7fffffff)
print((2 ** 53 - 1) ^ 0x7fffffff, -(2 ** 53 - 1) ^ 1, -(2 ** 53 - 1) ^ 2, (2 ** 53) ^ 1)
print(12 & -(2 ** 40), -(2 ** 40) | 5, -(2 ** 40) ^ 5, -3 & (2 ** 45 + 7))
print([1 << k for k in (30, 31, 32, 52, 53, 54)], 3 << 51, -3 << 51, 5 << 52, (2 ** 30) << 22, -(2 ** 30) << 23)
print(type(2 ** 60 & 1), True & (2 ** 40 + 1), (2 ** 40 + 1) | False)
