# Python 2 integer division in a module using Python 2 syntax
print 7 / 2
print -7 / 2
print 7 / -2
print 8 / 4
print 1 / 3
print 7.0 / 2
print 7 / 2.0
print 7 // 2, 7.0 // 2
print 7 % 3, -7 % 3
print 10 / 3 * 3
print 1 / 2 * 2.0
print 2 ** -1
x = 17
x /= 5
print "augmented", x
y = 17.0
y /= 4
print "float augmented", y
print divmod(17, 5)
total = 0
for v in [10, 20, 31]:
    total = total + v
print "average", total / 3
print "float half", total / 2.0
print "big", (10 ** 20) / 7
print "mixed", 3 / 2 + 0.5
print [n / 2 for n in range(6)]
half = len("abcdefg") / 2
print "midpoint", half, "abcdefg"[half]
