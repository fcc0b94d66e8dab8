# warnings: filterwarnings by message/category/module/lineno, precedence, resetwarnings
import warnings

def emit():
    out = []
    with warnings.catch_warnings(record=True) as w:
        warnings.warn("disk almost full", ResourceWarning)
        warnings.warn("feature X is deprecated", DeprecationWarning)
        warnings.warn("Feature Y is deprecated", DeprecationWarning)
        warnings.warn("plain user warning")
        warnings.warn("syntax-ish", SyntaxWarning)
        out = [(x.category.__name__, str(x.message)) for x in w]
    return out

with warnings.catch_warnings():
    warnings.resetwarnings()
    warnings.simplefilter("always")
    print("all:", emit())
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    print("ignore Deprecation:", emit())
    warnings.filterwarnings("always", message="feature")
    print("message regex (case-insensitive match at start):", emit())
    warnings.filterwarnings("ignore", message=".*full")
    print("message .*full:", emit())
    warnings.filterwarnings("ignore", module="__main__", category=UserWarning)
    print("module filter:", emit())
    warnings.filterwarnings("always", category=UserWarning, append=True)
    print("append has lowest priority:", emit())

with warnings.catch_warnings():
    warnings.resetwarnings()
    warnings.simplefilter("always")
    warnings.filterwarnings("error", message="boom")
    try:
        warnings.warn("boom goes the warning")
    except UserWarning as e:
        print("error by message:", e)
    with warnings.catch_warnings(record=True) as w:
        warnings.warn("no boom here")
    print("non-matching passes:", len(w))

with warnings.catch_warnings(record=True) as w:
    warnings.resetwarnings()
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", lineno=999999)
    warnings.warn("line filter does not match")
    print("lineno filter mismatch:", len(w))

with warnings.catch_warnings():
    warnings.resetwarnings()
    print("after resetwarnings:", warnings.filters)
    warnings.simplefilter("ignore", category=RuntimeWarning)
    warnings.simplefilter("error", category=RuntimeWarning)
    print("filters (newest first):", [(f[0], f[2].__name__) for f in warnings.filters])
    try:
        warnings.warn("r", RuntimeWarning)
    except RuntimeWarning:
        print("newest filter wins")
for bad in [("bogus",), ("ignore", "msg", int)]:
    try:
        warnings.filterwarnings(*bad)
    except (ValueError, AssertionError, TypeError) as e:
        print("bad filter %r: %s: %s" % (bad[:1], type(e).__name__, e))
