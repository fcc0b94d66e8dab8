# Python 2 print with trailing comma: softspace rules
for i in range(5):
    print i,
print
print "a",
print "b"
print "first",
print "second",
print "third"
print "ends with newline\n",
print "no space inserted after newline"
print "x",
print
print "empty string next",
print "",
print "after empty"
print "trailing space ",
print "gets another space"
words = ["alpha", "beta", "gamma"]
for w in words:
    print w,
print "(done)"
for row in range(3):
    for col in range(3):
        print row * col,
    print
def emit(s):
    print s,
emit("from")
emit("function")
print
print 1, "mixed", 2.5,
print None
