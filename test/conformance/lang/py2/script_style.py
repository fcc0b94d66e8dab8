# A small Python 2 style script combining the dialect features
import sys
def summarize(records):
    total = 0
    for name, qty in records:
        print "%-8s %3d" % (name, qty)
        total = total + qty
    print "-" * 12
    print "%-8s %3d" % ("total", total)
    return total
records = [("apples", 3), ("pears", 12), ("figs", 7)]
total = summarize(records)
print "average per item:", total / len(records)
print "exact average: %.2f" % (total / float(len(records)))
try:
    summarize([("bad", "x")])
except TypeError, e:
    print "TypeError caught"
if total <> 22:
    print "unexpected"
else:
    print "total is", `total`
print >>sys.stdout, "done",
print "!"
def histogram(counts):
    for name in sorted(counts):
        print "%-6s %s" % (name, "*" * counts[name])
histogram({"a": 3, "b": 1, "c": 5})
lines = ["alpha 1", "beta 2", "gamma x"]
good = 0
for line in lines:
    try:
        word, num = line.split()
        good = good + int(num)
    except ValueError, e:
        print "skipping bad line:", `line`
print "sum of good lines:", good
print "percent good: %d%%" % (100 * 2 / 3)
