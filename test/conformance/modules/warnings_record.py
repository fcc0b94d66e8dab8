# warnings: catch_warnings(record=True) and WarningMessage attributes
import warnings

def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return 1

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("plain message")
    warnings.warn("with category", RuntimeWarning)
    old_api()
    warnings.warn(UserWarning("instance message"))
    warnings.warn(FutureWarning("instance overrides category"), DeprecationWarning)
print("count:", len(w))
for rec in w:
    print("  category=%s message=%r msg_type=%s file_ok=%s lineno_int=%s" % (
        rec.category.__name__, str(rec.message), type(rec.message).__name__,
        rec.filename == __file__, isinstance(rec.lineno, int)))
print("stacklevel=2 points at caller line:", w[2].lineno - w[1].lineno)
print("WarningMessage str has category:", "RuntimeWarning" in str(w[1]))
print("line attr:", w[0].line, "source:", w[0].source)
print("record list type:", type(w).__name__)
with warnings.catch_warnings(record=True) as w2:
    warnings.simplefilter("always")
    for i in range(3):
        warnings.warn("repeated")
print("always repeats:", len(w2))
with warnings.catch_warnings(record=True) as w3:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("default once per location")
    warnings.warn("default once per location")
print("default dedups per location:", len(w3))
with warnings.catch_warnings(record=True) as w4:
    warnings.simplefilter("once")
    for msg in ["a", "b", "a", "a", "b"]:
        warnings.warn(msg)
print("once per message:", [str(x.message) for x in w4])
with warnings.catch_warnings(record=True) as w5:
    warnings.simplefilter("ignore")
    warnings.warn("ignored")
print("ignore:", len(w5))
before = list(warnings.filters)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", UserWarning)
    except UserWarning as e:
        print("error action raises:", type(e).__name__, e)
print("filters restored after catch_warnings:", warnings.filters == before)
try:
    warnings.warn("bad category", int)
except TypeError as e:
    print("TypeError:", e)
with warnings.catch_warnings(record=True) as w6:
    warnings.simplefilter("always")
    warnings.warn("x", category=None)
print("category None -> UserWarning:", w6[0].category.__name__)
