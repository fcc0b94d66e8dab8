# warnings: turning warnings into exceptions and handling them in program flow
import warnings

def parse_ratio(s):
    a, b = s.split("/")
    if b == "0":
        warnings.warn("division by zero in %r, returning inf" % s, RuntimeWarning)
        return float("inf")
    return int(a) / int(b)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print("values:", [parse_ratio(s) for s in ["1/2", "3/0", "4/4", "5/0"]])
print("warnings seen:", [str(x.message) for x in w])

with warnings.catch_warnings():
    warnings.simplefilter("error", RuntimeWarning)
    for s in ["1/4", "2/0"]:
        try:
            print("strict:", parse_ratio(s))
        except RuntimeWarning as e:
            print("strict error:", e, "| args:", e.args)

def deprecated(fn):
    def wrapper(*a, **kw):
        warnings.warn("%s is deprecated" % fn.__name__, DeprecationWarning, stacklevel=2)
        return fn(*a, **kw)
    return wrapper
@deprecated
def legacy(x):
    return x * 2
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    r = legacy(21)
print("decorated:", r, [(x.category.__name__, str(x.message)) for x in w])

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("one")
    with warnings.catch_warnings(record=True) as inner:
        warnings.simplefilter("always")
        warnings.warn("two")
    warnings.warn("three")
print("nested catch_warnings:", [str(x.message) for x in w], [str(x.message) for x in inner])
try:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        warnings.warn("escape", FutureWarning)
except FutureWarning as e:
    print("propagates out of with:", e)
print("warning is exception class:", isinstance(FutureWarning("x"), Exception))
try:
    raise UserWarning("raised directly")
except Warning as e:
    print("raise directly:", type(e).__name__, e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("multi\nline")
    warnings.warn(("tuple", "msg"))
print("odd messages:", [str(x.message) for x in w])
