# Python 2 xrange
for i in xrange(3):
    print "i", i
print list(xrange(5))
print list(xrange(2, 10, 3))
print list(xrange(5, 0, -2))
print sum(xrange(101))
print len(xrange(10))
print 3 in xrange(5), 7 in xrange(5)
total = 0
for n in xrange(1, 11):
    if n % 2 == 0:
        continue
    total = total + n
print "odd total", total
print [x * x for x in xrange(4)]
r = xrange(10)
print r[0], r[-1]
for i in xrange(0):
    print "never"
print "empty loop done"
evens = []
for i in xrange(0, 20, 2):
    evens.append(i)
print evens
print list(reversed(xrange(4)))
print max(xrange(7)), min(xrange(3, 9))
print [i for i in xrange(10) if i % 3 == 0]
pairs = [(i, j) for i in xrange(2) for j in xrange(2)]
print pairs
print dict(zip(xrange(3), "abc"))[2]
