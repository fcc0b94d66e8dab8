# logging: Filter, Filterer, LoggerAdapter, setLoggerClass, captureWarnings, extra
import logging
import sys
import warnings

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
top = logging.getLogger("svc")
top.propagate = False
top.addHandler(out)
top.setLevel(logging.DEBUG)

f = logging.Filter("svc.db")
for name in ("svc.db", "svc.db.pool", "svc.dbx", "svc", "other"):
    print(name, f.filter(logging.makeLogRecord({"name": name})))
print(logging.Filter().filter(logging.makeLogRecord({"name": "anything"})))
out.addFilter(logging.Filter("svc.db"))
logging.getLogger("svc.db.pool").info("passes handler filter")
logging.getLogger("svc.web").info("rejected by handler filter")
out.filters.clear()

# callable filters and filters that edit records
def no_secrets(record):
    return "secret" not in record.getMessage()
top.addFilter(no_secrets)
top.addFilter(no_secrets)
print(len(top.filters))
top.info("public")
top.info("a secret")
top.removeFilter(no_secrets)
top.removeFilter(no_secrets)
class Tag(logging.Filter):
    def filter(self, record):
        record.msg = "[tag] " + record.msg
        return True
t = Tag()
top.addFilter(t)
top.info("tagged")
top.removeFilter(t)
# logger filters apply only to records logged on that logger
top.addFilter(lambda r: False)
logging.getLogger("svc.child").info("child record bypasses parent's logger filter")
top.filters.clear()

# funcName-based filter (like the seed program)
class FilterFunc(logging.Filter):
    def __init__(self, name):
        self.funcName = name
    def filter(self, record):
        return record.funcName != self.funcName
top.addFilter(FilterFunc("foo"))
def foo(): top.info("from foo")
def bar(): top.info("from bar")
foo(); bar()
top.filters.clear()

# extra
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter("%(user)s@%(ip)s %(message)s"))
top.removeHandler(out)
top.addHandler(h2)
top.info("login", extra={"user": "ann", "ip": "10.0.0.1"})
for key in ("message", "asctime", "levelname", "name"):
    try:
        top.info("x", extra={key: 1})
    except KeyError as e:
        print("KeyError", e)
top.removeHandler(h2)
top.addHandler(out)

# LoggerAdapter
ad = logging.LoggerAdapter(top, {"user": "bob"})
print(repr(ad), ad.name, ad.manager is logging.Logger.manager, ad.getEffectiveLevel())
h3 = logging.StreamHandler(sys.stdout)
h3.setFormatter(logging.Formatter("%(user)s %(levelname)s %(message)s %(funcName)s"))
top.removeHandler(out)
top.addHandler(h3)
def where():
    ad.warning("adapter %s", "warning")
where()
ad.debug("d"); ad.info("i"); ad.error("e"); ad.critical("c"); ad.log(15, "level 15")
class Last(logging.Handler):
    def emit(self, record):
        print("exc_info:", record.exc_info[0].__name__, self.format(record).splitlines()[-1])
last = Last()
top.removeHandler(h3)
top.addHandler(last)
try:
    raise OSError("disk")
except OSError:
    ad.exception("adapter exception")
top.removeHandler(last)
top.addHandler(h3)
class Prefix(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["user"], msg), kwargs
h3.setFormatter(logging.Formatter("%(message)s"))
Prefix(top, {"user": "carl"}).info("prefixed")
ad.setLevel(logging.ERROR)
print(top.level, ad.isEnabledFor(logging.INFO), ad.hasHandlers())
top.setLevel(logging.DEBUG)
top.removeHandler(h3)
top.addHandler(out)

# setLoggerClass / getLoggerClass
class MyLogger(logging.Logger):
    def hello(self):
        self.info("hello from %s", type(self).__name__)
logging.setLoggerClass(MyLogger)
print(logging.getLoggerClass() is MyLogger)
m = logging.getLogger("svc.custom")
m.hello()
logging.setLoggerClass(logging.Logger)
print(type(logging.getLogger("svc.plain")).__name__)
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print("TypeError", e)
try:
    logging.getLogger(3)
except TypeError as e:
    print("TypeError", e)

# captureWarnings
wh = logging.StreamHandler(sys.stdout)
class Tail(logging.Formatter):
    def format(self, record):
        text = logging.Formatter.format(self, record)
        return text.split(".py:")[-1]
wh.setFormatter(Tail("%(name)s %(levelname)s %(message)s"))
pw = logging.getLogger("py.warnings")
pw.addHandler(wh)
pw.propagate = False
logging.captureWarnings(True)
warnings.warn("careful", UserWarning)
logging.captureWarnings(False)
print(warnings.showwarning.__module__)
import io
buf = io.StringIO()
sys.stderr = buf
warnings.warn("back to stderr", RuntimeWarning)
sys.stderr = sys.__stderr__
print("RuntimeWarning: back to stderr" in buf.getvalue())

# deprecated warn
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    top.warn("old style")
    logging.getLogger().addHandler(logging.NullHandler())
    logging.warn("module old style")
print([str(w.message) for w in caught])
print([w.category.__name__ for w in caught])
