# logging: LogRecord attributes, Formatter styles, exceptions, stack info
import logging
import sys
import io
import time

log = logging.getLogger("fmt")
log.propagate = False
log.setLevel(logging.DEBUG)
h = logging.StreamHandler(sys.stdout)
log.addHandler(h)

def use(fmt, style='%', **kw):
    h.setFormatter(logging.Formatter(fmt, style=style, **kw))

use("%(name)s %(levelno)d %(levelname)-8s|%(filename)s %(module)s %(funcName)s %(lineno)d|%(message)s")
log.info("hello %s", "world")
def inner():
    log.warning("from inner")
inner()
class K:
    def meth(self):
        log.error("from method")
K().meth()
use("{name}:{levelname:>8}:{message!r}", style="{")
log.info("brace %d", 42)
use("$name/$levelname/${message}", style="$")
log.info("dollar")
use("%(threadName)s %(processName)s %(message)s")
log.info("names")
use("%(message)s %(x)s", defaults={"x": "dflt"})
log.info("defaults")
log.info("extra wins", extra={"x": "from-extra"})

rec_holder = []
class Keep(logging.Handler):
    def emit(self, record):
        rec_holder.append(record)
keep = Keep()
log.addHandler(keep)
log.info("rec %s", 1)
r = rec_holder[-1]
print(sorted(k for k in r.__dict__ if k not in ('x',)))
print(r.name, r.msg, r.args, r.levelname, r.levelno, r.funcName, r.module, r.filename)
print(type(r.created).__name__, type(r.msecs).__name__, type(r.relativeCreated).__name__)
print(0 <= r.msecs < 1000, r.relativeCreated >= 0, isinstance(r.thread, int), isinstance(r.process, int))
print(r.exc_info, r.exc_text, r.stack_info, r.getMessage())
print(repr(r).startswith('<LogRecord: fmt, 20, '), repr(r).endswith(', "rec %s">'))
log.removeHandler(keep)

# asctime: default and datefmt
f = logging.Formatter("%(asctime)s %(message)s")
rec = logging.makeLogRecord({"msg": "t", "created": 1700000000.25, "msecs": 250.0})
f.converter = time.gmtime
print(f.format(rec))
f2 = logging.Formatter("%(asctime)s|%(message)s", datefmt="%d/%m/%Y %H.%M")
f2.converter = time.gmtime
print(f2.format(rec), f2.usesTime(), logging.Formatter("%(message)s").usesTime())
print(logging.Formatter("{asctime}", style="{").usesTime(), logging.Formatter("$asctime", style="$").usesTime())

# exceptions and stack info (file paths masked: they depend on the checkout)
use("%(levelname)s %(message)s")
cap = io.StringIO()
h.setStream(cap)
try:
    {}["missing"]
except KeyError:
    log.exception("caught")
    log.error("with exc_info", exc_info=True)
try:
    raise ValueError("bad value")
except ValueError as e:
    err = e
log.warning("exc object", exc_info=err)
log.info("stack", stack_info=True)
h.setStream(sys.stdout)
print(cap.getvalue().replace(__file__, "FILE"))
rec = logging.makeLogRecord({"msg": "m", "exc_info": (ValueError, err, None)})
print(logging.Formatter().format(rec))
print(logging.Formatter().formatException((ValueError, err, None)))
print(logging.Formatter().formatStack("stack text"))

# validation errors
for args in [("%(message)", "%"), ("{message", "{"), ("no fields", "{"), ("$", "$"),
             ("x", "#"), ("{a!x}", "{"), ("plain", "%")]:
    try:
        logging.Formatter(args[0], style=args[1])
        print("ok", args)
    except ValueError as e:
        print("ValueError", e)
print(logging.Formatter("plain", validate=False).format(logging.makeLogRecord({"msg": "z"})))
try:
    logging.Formatter("%(nosuch)s").format(logging.makeLogRecord({"msg": "z"}))
except ValueError as e:
    print("ValueError", e)

# %-formatting problems go to handleError on stderr, not to the caller
log.info("%d items", "not-a-number")
print("still running")

# BufferingFormatter
bf = logging.BufferingFormatter(logging.Formatter("<%(message)s>"))
recs = [logging.makeLogRecord({"msg": s}) for s in "abc"]
print(repr(bf.format(recs)), repr(bf.format([])))
class HF(logging.BufferingFormatter):
    def formatHeader(self, records): return "[%d]" % len(records)
    def formatFooter(self, records): return "[end]"
print(HF().format(recs))

# makeLogRecord / record factory
r = logging.makeLogRecord({"name": "made", "levelno": 30, "levelname": "WARNING", "msg": "hi %s", "args": ("x",)})
print(r.name, r.getMessage(), r.levelname)
old = logging.getLogRecordFactory()
def factory(*args, **kwargs):
    rec = old(*args, **kwargs)
    rec.custom = "C"
    return rec
logging.setLogRecordFactory(factory)
use("%(custom)s %(message)s")
log.info("via factory")
logging.setLogRecordFactory(old)
print(logging.getLogRecordFactory() is logging.LogRecord)
