# logging: basicConfig variants, FileHandler modes/delay, shutdown, module functions
import logging
import os
import sys
import io
import tempfile

tmp = tempfile.mkdtemp()
def read(name):
    with open(os.path.join(tmp, name)) as f:
        return f.read()

# basicConfig errors
for kw in [dict(stream=sys.stdout, filename="x"), dict(handlers=[], stream=sys.stdout),
           dict(style="?"), dict(bogus=1, other=2)]:
    try:
        logging.basicConfig(**kw)
    except ValueError as e:
        print("ValueError", e)
    logging.root.handlers.clear()

# basicConfig with a file, format and level
path = os.path.join(tmp, "app.log")
logging.basicConfig(filename=path, format="%(levelname)-10s %(name)s %(message)s", level=logging.INFO)
h = logging.root.handlers[0]
print(type(h).__name__, h.baseFilename == path, h.mode, h.formatter._fmt, logging.root.level)
logging.info("first")
logging.debug("hidden")
logging.getLogger("child").warning("from child %d", 2)
# a second basicConfig is a no-op ...
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG)
print(len(logging.root.handlers), logging.root.level)
# ... unless forced
logging.basicConfig(stream=sys.stdout, format="%(levelname)s:%(message)s", level=logging.DEBUG, force=True)
print(h.stream is None, len(logging.root.handlers))
logging.debug("now on stdout")
print(read("app.log"), end="")

# module-level functions configure the root implicitly
logging.root.handlers.clear()
logging.root.setLevel(logging.WARNING)
buf = io.StringIO()
real = sys.stderr
sys.stderr = buf
logging.error("implicit %s", "config")
logging.info("below warning")
try:
    1 / 0
except ZeroDivisionError:
    logging.exception("oops")
sys.stderr = real
lines = buf.getvalue().splitlines()
print(lines[0], lines[1], lines[2], lines[-1])
print(type(logging.root.handlers[0]).__name__, logging.root.handlers[0].formatter._fmt)

# style and datefmt through basicConfig, handlers= list
logging.root.handlers.clear()
sh = logging.StreamHandler(sys.stdout)
logging.basicConfig(handlers=[sh], style="{", format="{levelname}/{message}")
logging.warning("brace style")
logging.basicConfig(force=True, stream=sys.stdout, format="$levelname $message", style="$")
logging.warning("dollar style")

# FileHandler: mode w, delay, encoding, repr, close
p2 = os.path.join(tmp, "w.log")
with open(p2, "w") as f:
    f.write("old contents\n")
fh = logging.FileHandler(p2, mode="w", encoding="utf-8")
print(repr(fh) == "<FileHandler %s (NOTSET)>" % p2, fh.encoding, fh.mode)
lg = logging.getLogger("files")
lg.propagate = False
lg.addHandler(fh)
lg.warning("caf\u00e9 written")
fh.close()
print(repr(read("w.log")), fh.stream)
p3 = os.path.join(tmp, "delayed.log")
dh = logging.FileHandler(p3, delay=True)
print(os.path.exists(p3), dh.stream)
lg.addHandler(dh)
lg.error("opens now")
print(os.path.exists(p3), repr(read("delayed.log")))
lg.removeHandler(fh)
lg.error("appended")
print(repr(read("delayed.log")))

# named handlers, shutdown
dh.set_name("dh")
print(dh.name, logging._handlers.get("dh") is dh)
logging.shutdown([__import__("weakref").ref(dh)])
print(dh.stream, "dh" in logging._handlers)

# Handler basics
base = logging.Handler()
print(repr(base), base.name, base.formatter, base.filters)
try:
    base.emit(None)
except NotImplementedError as e:
    print("NotImplementedError", e)
nh = logging.NullHandler()
print(nh.lock, nh.handle(None))

# lastResort and raiseExceptions
q = logging.getLogger("quiet")
q.propagate = False
buf = io.StringIO()
sys.stderr = buf
q.warning("to last resort")
q.info("below last resort level")
saved = logging.lastResort
logging.lastResort = None
q.warning("no handlers at all")
q.warning("no handlers again")
logging.lastResort = saved
sys.stderr = real
print(repr(buf.getvalue()))
