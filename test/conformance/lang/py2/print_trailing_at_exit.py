# A Python 2 program whose last print has a trailing comma:
# the interpreter writes the pending newline at exit.
import sys
total = 0
for i in range(4):
    total = total + i
    print i,
print
def report(label, value):
    print label + ":",
    print value
report("sum", total)
report("avg", total / 4)
for word in "the end is near".split():
    print word,
print
sys.stdout.flush()
out = []
for n in range(3):
    out.append(str(n * n))
print " ".join(out),
print "<- squares"
print "pending",
print "newline",
print "before",
print "exit",
print "total", total,
