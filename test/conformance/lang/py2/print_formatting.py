# Python 2 print with formatting and mixed values
items = [("pen", 1.5, 3), ("book", 12.25, 1)]
for name, price, qty in items:
    print "%-6s %6.2f x %d" % (name, price, qty)
print "%d%%" % 50
print "%s" % "single", "%r" % "repr"
print "%5.1f|%-5d|%05d" % (3.14159, 42, 42)
print "a" "b" "c"
print "tuple in print:", (1, 2)
print "list:", [1, 2], "dict:", {"k": "v"}
print "%(a)s-%(b)s" % {"a": 1, "b": 2}
print "x" * 3, "-" * 5
print "%x %o %X" % (255, 8, 255)
n = 3
print "there are", n, "items" if n != 1 else "item"
print str(5) + " apples", repr("r")
print "%c%c" % (72, 105)
print "unicode literal", u"text"
print "precision %.3s" % "abcdef"
rows = [("alpha", 1), ("beta", 22), ("gamma", 333)]
for name, num in rows:
    print "%-8s" % name, "%5d" % num, "|"
print "joined:", ", ".join(["%s=%d" % r for r in rows])
print "width from arg: [%*d]" % (6, 42)
print "%s and %s" % ("both", ["a", "list"])
print "%+d %+d" % (5, -5)
print "%e" % 12345.678
print "%.2e" % 0.000123
print "%g %g" % (0.5, 1e20)
print "%% literal and %s" % "value"
print "%d items at %.1f each = %.2f" % (3, 1.5, 3 * 1.5)
