# logging: hierarchy, levels, propagation, handlers and formatters (stdout only)
import logging
import sys
import io

print(logging.getLogger() is logging.root, logging.root.name, repr(logging.root))
a = logging.getLogger("app")
ab = logging.getLogger("app.net")
abc = logging.getLogger("app.net.client")
print(ab.parent is a, abc.parent is ab, a.parent is logging.root)
print(logging.getLogger("app") is a, logging.getLogger("") is logging.root)
print(repr(a), repr(abc))
# a placeholder between levels gets fixed when the middle logger appears
deep = logging.getLogger("x.y.z")
print(deep.parent is logging.root)
mid = logging.getLogger("x.y")
print(deep.parent is mid, mid.parent is logging.root)
print(a.getChild("net") is ab, logging.root.getChild("app") is a)

# levels
print(a.level, a.getEffectiveLevel(), logging.getLevelName(a.getEffectiveLevel()))
a.setLevel(logging.INFO)
print(ab.getEffectiveLevel(), ab.isEnabledFor(logging.DEBUG), ab.isEnabledFor(logging.INFO))
ab.setLevel("ERROR")
print(abc.getEffectiveLevel(), repr(abc))
for bad in ("LOUD", 3.5, None):
    try:
        a.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(33))
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
m = logging.getLevelNamesMapping()
print(sorted(m.items()))
m["X"] = 1
print("X" in logging.getLevelNamesMapping())

# handlers
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(name)s|%(levelname)s|%(message)s"))
a.addHandler(out)
a.propagate = False
a.info("info %s %d", "x", 3)
a.debug("not shown")
ab.warning("not shown: below ERROR")
ab.error("error from %s", "net")
abc.critical("crit %(k)s", {"k": "dict-args"})
a.log(25, "custom level")
try:
    a.log("INFO", "x")
except TypeError as e:
    print("TypeError", e)
ab.propagate = False
ab.error("stops at app.net: no handler, lastResort goes to stderr")
ab.propagate = True

# handler level
out.setLevel(logging.ERROR)
a.warning("dropped by handler level")
a.error("kept by handler level")
out.setLevel(logging.NOTSET)
print(repr(out).startswith("<StreamHandler <stdout> (NOTSET)"))

# disabled logger, logging.disable
abc.disabled = True
abc.critical("disabled")
abc.disabled = False
logging.disable(logging.ERROR)
a.error("disabled by logging.disable")
a.critical("critical still passes")
logging.disable(logging.NOTSET)
a.error("enabled again")

# hasHandlers
print(a.hasHandlers(), abc.hasHandlers(), logging.getLogger("zz").hasHandlers())
a.removeHandler(out)
print(a.hasHandlers(), a.handlers)

# StringIO stream and setStream
buf = io.StringIO()
h = logging.StreamHandler(buf)
a.addHandler(h)
a.warning("into buffer")
old = h.setStream(io.StringIO())
print(old is buf, repr(buf.getvalue()))
print(h.setStream(h.stream))
h.terminator = "!\n"
a.warning("terminator")
print(repr(h.stream.getvalue()))
a.removeHandler(h)
