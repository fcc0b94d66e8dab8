# datetime.time: construction, isoformat/timespec, fromisoformat, tz-aware comparisons
from datetime import time, timezone, timedelta, tzinfo


def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


u = timezone.utc
p2 = timezone(timedelta(hours=2))
t = time(1, 2, 3, 4500)
print("construct:")
for args in [(), (1,), (0, 0, 1), (0, 0, 0, 1), (23, 59, 59, 999999)]:
    show(f"time{args}", lambda: time(*args))
show("fold", lambda: time(1, fold=1))
show("tz+fold", lambda: time(1, tzinfo=u, fold=1))
show("hour 24", lambda: time(24))
show("minute 60", lambda: time(1, 60))
show("second 60", lambda: time(1, 1, 60))
show("us", lambda: time(1, 1, 1, 1000000))
show("negative", lambda: time(-1))
show("fold 2", lambda: time(fold=2))
show("bad tz", lambda: time(1, 1, 1, 1, 5))
show("7 args", lambda: time(1, 2, 3, 4, None, 1, 5))
show("6 positional", lambda: time(1, 2, 3, 4, None, 1))
show("bad kw", lambda: time(x=1))
show("min/max", lambda: (time.min, time.max, time.resolution))

print("isoformat:")
for spec in ("auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"):
    show(spec, lambda: t.isoformat(spec))
show("bad spec", lambda: t.isoformat("foo"))
show("int spec", lambda: t.isoformat(1))
show("aware", lambda: time(1, 2, 3, 4500, tzinfo=p2).isoformat())
show("str aware", lambda: str(time(1, 2, 3, tzinfo=timezone(-timedelta(hours=5, minutes=30)))))
show("str", lambda: str(time(12)))
show("repr aware", lambda: repr(time(1, 2, 3, 4500, tzinfo=p2)))
show("format", lambda: format(time(13, 4, 5), "%I:%M %p"))
show("format empty", lambda: format(time(13, 4, 5), ""))
show("strftime", lambda: time(1, 2, 3).strftime("%H:%M:%S %f %Y %d %z %Z %j %a"))
show("strftime tz", lambda: time(1, 2, 3, tzinfo=p2).strftime("%z %Z"))

print("fromisoformat:")
for s in ["01:02", "01", "0102", "010203", "01:02:03.5", "T01:02", "01:02:03Z", "01:02+05", "01:02:03.1234567",
          "01:02:03,123456", "01:02.5", "01:02:03-05", "01:02:03+00:00", "01+01", "24:00", "1:02", "", "T",
          "01:02:03.", "01:", "01:02:03+", "01:02:03+05:30Z", 5]:
    show(repr(s), lambda: time.fromisoformat(s))

print("offsets:")
show("utcoffset naive", lambda: time(1).utcoffset())
show("utcoffset", lambda: time(1, tzinfo=p2).utcoffset())
show("dst", lambda: time(1, tzinfo=p2).dst())
show("tzname", lambda: (time(1).tzname(), time(1, tzinfo=u).tzname(), time(1, tzinfo=p2).tzname()))

print("comparisons:")
show("naive lt", lambda: time(1) < time(2))
show("aware eq", lambda: time(3, tzinfo=p2) == time(1, tzinfo=u))
show("aware lt", lambda: time(3, tzinfo=p2) < time(1, 1, tzinfo=u))
show("naive vs aware eq", lambda: time(1, tzinfo=u) == time(1))
show("naive vs aware lt", lambda: time(1, tzinfo=u) < time(1))
show("vs int", lambda: time(3) < 4)
show("eq int", lambda: time(3) == 4)
show("fold ignored", lambda: time(1, fold=1) == time(1))
show("hash aware", lambda: hash(time(3, tzinfo=p2)) == hash(time(1, tzinfo=u)))
show("hash value", lambda: hash(time(3, tzinfo=p2)))
show("bool", lambda: (bool(time(0)), bool(time(0, tzinfo=p2))))

print("replace:")
show("hour", lambda: t.replace(hour=5))
show("tz", lambda: t.replace(tzinfo=u))
show("drop tz", lambda: time(1, tzinfo=u).replace(tzinfo=None))
show("fold", lambda: t.replace(fold=1))
show("bad", lambda: t.replace(hour=24))


class Fixed(tzinfo):
    def __init__(self, h):
        self.h = h

    def utcoffset(self, dt):
        return self.h

    def tzname(self, dt):
        return self.h

    def dst(self, dt):
        return None


print("tzinfo results checked:")
for v in [5, timedelta(hours=24), timedelta(seconds=1, microseconds=5), None, "x"]:
    show(f"{v!r}", lambda: (time(1, tzinfo=Fixed(v)).utcoffset(), time(1, tzinfo=Fixed(v)).isoformat()))
    show(f"{v!r} tzname", lambda: time(1, tzinfo=Fixed(v)).tzname())
