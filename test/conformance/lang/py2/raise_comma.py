# Python 2 'raise E, arg' syntax
try:
    raise ValueError, "bad value"
except ValueError, e:
    print "message:", e
    print "args:", e.args
try:
    raise KeyError, "key"
except KeyError, e:
    print "KeyError args", e.args
class AppError(Exception):
    pass
try:
    raise AppError, "application failed"
except AppError, e:
    print e.__class__.__name__, e
def check(x):
    if x < 0:
        raise ValueError, "negative: %d" % x
    return x
for v in [1, -5]:
    try:
        c = check(v)
        print "checked", c
    except ValueError, e:
        print "error", e
try:
    raise TypeError, 42
except TypeError, e:
    print "non-string arg", e.args
try:
    raise RuntimeError
except RuntimeError, e:
    print "class only", e.args
