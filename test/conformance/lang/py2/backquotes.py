# Python 2 backquotes are repr()
x = 42
s = "text"
print `x`
print `s`
print `[1, "a", None]`
print `(1, 2)` + "!"
print "value is " + `x`
print `x + 1`, `x * 2`
print `"quote's"`
print `3.5`, `True`, `None`
def f():
    return "r"
print `f()`
items = [1, 2]
print "items: " + `items` + " len " + `len(items)`
print `{"k": 1}`
print `-7 / 2`
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)
p = Point(1, 2)
print `p`
print "point: " + `p`
print `[p, p]`
print `'single' + "double"`
values = [1, "two", 3.0]
print ", ".join([`v` for v in values])
print `1 == 1`, `1 <> 1`
print len(`12345`)
print `x` == repr(x)
