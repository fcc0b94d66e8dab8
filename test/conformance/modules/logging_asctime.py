# logging: asctime via formatTime across seconds, custom converters and class-level formats
import logging, time
f = logging.Formatter("%(asctime)s|%(message)s")
f.converter = time.gmtime
for c in (0.999, 1.0, 1.5, -0.5, 86400.25, 86400.75):
    r = logging.makeLogRecord({"msg": "m", "created": c, "msecs": (c - int(c)) * 1000})
    print(f.format(r), logging.Formatter("%(asctime)s", datefmt="%H:%M:%S|%Y").formatTime(r, "%S"))
g = logging.Formatter("%(asctime)s")
g.converter = lambda secs: time.gmtime(secs + 3600)
print(g.formatTime(logging.makeLogRecord({"created": 5.0, "msecs": 0.0})))
class F(logging.Formatter):
    converter = time.gmtime
    default_time_format = "%H:%M"
    default_msec_format = "%s.%03d"
print(F().formatTime(logging.makeLogRecord({"created": 61.5, "msecs": 500.0})))
