# Python 2 '<>' inequality operator
print 1 <> 2
print 1 <> 1
print "a" <> "b", "a" <> "a"
x = 5
if x <> 0:
    print "x is nonzero"
if not (x <> 5):
    print "x equals 5"
print [1, 2] <> [1, 2], [1] <> [2]
print None <> 0
count = 0
while count <> 3:
    count = count + 1
print "count", count
print [v for v in range(6) if v % 2 <> 0]
print 1 <> 2 <> 3
print 1 < 2 <> 2
def differs(a, b):
    return a <> b
print differs(1, 1.0), differs("x", "y")
pairs = [(1, 2), (3, 3), ("a", "a"), (None, None)]
print [a <> b for a, b in pairs]
items = [3, 1, 4, 1, 5]
print len([x for x in items if x <> 1])
print 1 <> 2 and 2 <> 3
s = "abc"
i = 0
while s[i] <> "c":
    i = i + 1
print "found c at", i
print {"k": 1} <> {"k": 1}, (1, 2) <> (1, 3)
