# Python 2 print statement: items separated by spaces, bare print, expressions
print "hello"
print "hello", "world"
print 1, 2, 3
print
print "after blank line"
x = 42
name = "pys"
print "x =", x, "name =", name
print x + 1, x * 2, -x
print "concat" + "enated", "rep" * 3
print [1, 2, 3], (4, 5), None, True, False
print "nested", [1, [2, [3]]], ("a", ("b",))
print "string with 'quotes'", 'and "double"'
print "tab\tinside", "newline at end\n"
print "after string with newline"
print len("abc"), max(3, 7), abs(-2)
print "%s has %d items" % ("list", 3)
print "%-6s|%4d|" % ("ab", 7)
print "chained", "a" < "b", 1 == 1.0, 3 in [1, 2, 3]
for i in range(3):
    print "loop", i
def show(v):
    print "show:", v
show("called")
if x > 10: print "one-line if body"
print "semicolons"; print "work"
print "last", "line"
class Item:
    def __str__(self):
        return "Item-str"
    def __repr__(self):
        return "Item-repr"
print Item(), [Item()]
print "unicode text", u"plain"
print 10 / 4, 10 % 4, 2 ** 8
