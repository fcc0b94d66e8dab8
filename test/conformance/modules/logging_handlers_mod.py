# logging.handlers: rotating, timed, watched, memory/buffering, queue handler/listener
import logging
import logging.handlers
import os
import sys
import queue
import tempfile

tmp = tempfile.mkdtemp()
def ls():
    return sorted(os.listdir(tmp))
def read(name):
    with open(os.path.join(tmp, name)) as f:
        return f.read()

log = logging.getLogger("h")
log.propagate = False
log.setLevel(logging.DEBUG)

# RotatingFileHandler
path = os.path.join(tmp, "rot.log")
rh = logging.handlers.RotatingFileHandler(path, mode="w", maxBytes=30, backupCount=2)
print(rh.mode, rh.maxBytes, rh.backupCount)
rh.setFormatter(logging.Formatter("%(message)s"))
log.addHandler(rh)
for i in range(8):
    log.info("message number %d", i)
print(ls())
print([read(n) for n in ls()])
rh.namer = lambda name: name + ".bak"
log.info("with a namer, long enough to rotate")
log.info("and again, long enough to rotate")
print(ls())
log.removeHandler(rh)
rh.close()
zero = logging.handlers.RotatingFileHandler(os.path.join(tmp, "never.log"), maxBytes=0)
print(zero.shouldRollover(logging.makeLogRecord({"msg": "x" * 100})))
zero.close()

# TimedRotatingFileHandler: configuration and an explicit rollover
for when in ("S", "M", "H", "D", "MIDNIGHT", "W0", "W6"):
    th = logging.handlers.TimedRotatingFileHandler(os.path.join(tmp, "t.log"), when=when, interval=2)
    print(when, th.when, th.interval, th.suffix, th.extMatch.pattern, th.rolloverAt > 0)
    th.close()
for bad in ("W", "W7", "X", "W12"):
    try:
        logging.handlers.TimedRotatingFileHandler(os.path.join(tmp, "t.log"), when=bad)
    except ValueError as e:
        print("ValueError", e)
th = logging.handlers.TimedRotatingFileHandler(os.path.join(tmp, "timed.log"), when="S", backupCount=1)
th.setFormatter(logging.Formatter("%(message)s"))
log.addHandler(th)
log.info("before rollover")
th.doRollover()
log.info("after rollover")
names = [n for n in ls() if n.startswith("timed.log")]
print(len(names), read("timed.log"))
th.rolloverAt = 0
print(th.shouldRollover(None))
log.removeHandler(th)
th.close()

# WatchedFileHandler reopens a file that was moved away
wpath = os.path.join(tmp, "watched.log")
wh = logging.handlers.WatchedFileHandler(wpath)
wh.setFormatter(logging.Formatter("%(message)s"))
log.addHandler(wh)
log.info("one")
os.rename(wpath, wpath + ".moved")
log.info("two")
print(read("watched.log"), read("watched.log.moved"), end="")
log.removeHandler(wh)
wh.close()

# BufferingHandler / MemoryHandler
class Out(logging.Handler):
    def emit(self, record):
        print("target got:", record.getMessage())
bh = logging.handlers.BufferingHandler(3)
log.addHandler(bh)
log.info("a"); log.info("b")
print(len(bh.buffer))
log.info("c")
print(len(bh.buffer))
log.removeHandler(bh)
mh = logging.handlers.MemoryHandler(4, flushLevel=logging.ERROR, target=Out())
log.addHandler(mh)
log.info("m1"); log.info("m2")
print("buffered", len(mh.buffer))
log.error("m3 flushes")
log.info("m4")
mh.close()
print(mh.target, mh.buffer)
mh2 = logging.handlers.MemoryHandler(2)
log.removeHandler(mh)
log.addHandler(mh2)
log.info("no target 1"); log.info("no target 2"); log.info("no target 3")
print(len(mh2.buffer))
mh2.setTarget(Out())
mh2.flush()
log.removeHandler(mh2)

# QueueHandler / QueueListener
q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
log.addHandler(qh)
log.warning("queued %s", "msg")
rec = q.get_nowait()
print(rec.msg, rec.args, rec.message, rec.exc_info, rec.levelname)
try:
    raise RuntimeError("x")
except RuntimeError:
    log.exception("with traceback")
rec = q.get_nowait()
print(rec.msg.splitlines()[0], rec.msg.splitlines()[-1], rec.exc_info, rec.exc_text)
class Show(logging.Handler):
    def emit(self, record):
        print("listener:", self.format(record))
show = Show(logging.WARNING)
listener = logging.handlers.QueueListener(q, show)
listener.start()
log.info("info passes (levels not respected)")
log.error("error passes")
listener.stop()
listener2 = logging.handlers.QueueListener(q, show, respect_handler_level=True)
listener2.start()
log.info("info filtered")
log.error("error kept")
listener2.stop()
print(q.empty())
log.removeHandler(qh)
