# Python 2 'except E, e' syntax
try:
    1 / 0
except ZeroDivisionError, e:
    print "caught", e.__class__.__name__
try:
    {}["missing"]
except KeyError, err:
    print "KeyError args", err.args
try:
    int("xyz")
except (TypeError, ValueError), e:
    print "tuple of types:", e.__class__.__name__
def risky(n):
    if n == 0:
        raise ValueError("zero")
    return 10 / n
for n in [5, 0, 3]:
    try:
        r = risky(n)
        print "result", r
    except ValueError, e:
        print "bad input:", e
    else:
        print "ok for", n
    finally:
        print "finally for", n
try:
    try:
        [][1]
    except IndexError, e:
        print "inner caught", e
        raise
except LookupError, outer:
    print "outer caught", outer.__class__.__name__
class MyError(Exception):
    pass
try:
    raise MyError("custom")
except MyError, e:
    print "custom error", e
try:
    None.attr
except AttributeError, e:
    print "AttributeError caught"
