# warnings: category hierarchy, warn_explicit, stacklevel, formatwarning
import warnings

cats = [Warning, UserWarning, DeprecationWarning, PendingDeprecationWarning, SyntaxWarning,
        RuntimeWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning,
        ResourceWarning, EncodingWarning]
for c in cats:
    print("%-26s bases=%s is Exception=%s" % (c.__name__, [b.__name__ for b in c.__bases__], issubclass(c, Exception)))

class AppWarning(UserWarning):
    pass
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore")
    warnings.simplefilter("always", AppWarning)
    warnings.warn("custom", AppWarning)
    warnings.warn("plain user", UserWarning)
print("subclass filter:", [(x.category.__name__, str(x.message)) for x in w])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore")
    warnings.simplefilter("always", UserWarning)
    warnings.warn("sub of user", AppWarning)
print("parent filter matches subclass:", [x.category.__name__ for x in w])

def lib():
    warnings.warn("from lib level1", stacklevel=1)
    warnings.warn("from lib level2", stacklevel=2)
def app():
    lib()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    app()
print("stacklevel lines differ:", w[0].lineno != w[1].lineno, w[1].lineno - w[0].lineno < 0)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn_explicit("explicit", UserWarning, "fake.py", 42, module="fakemod")
print("warn_explicit:", w[0].filename, w[0].lineno, str(w[0].message))
print("formatwarning:", repr(warnings.formatwarning("msg", UserWarning, "f.py", 7, line="code()")))
print("formatwarning no line:", repr(warnings.formatwarning("m2", RuntimeWarning, "g.py", 1, line="")))
shown = []
def my_show(message, category, filename, lineno, file=None, line=None):
    shown.append((str(message), category.__name__, lineno == __import__("sys")._getframe(1).f_lineno or True))
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = my_show
    warnings.warn("routed to custom showwarning")
print("custom showwarning:", shown)
print("showwarning restored:", warnings.showwarning is not my_show)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("to stderr not compared")
print("recorded instead of printed:", len(w))
warnings.warn("this goes to stderr only")
print("after stderr warning")
