# datetime.timezone and tzinfo subclasses: offsets, names, fromutc, astimezone,
# aware comparison/subtraction/hash, naive-vs-aware errors, checked results
from datetime import datetime, time, timedelta, timezone, tzinfo
import datetime as dtmod


def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


u = timezone.utc
print("timezone:")
show("utc", lambda: (u, str(u), dtmod.UTC is u))
show("+1h", lambda: (timezone(timedelta(hours=1)), str(timezone(timedelta(hours=1)))))
show("named", lambda: (timezone(timedelta(hours=5, minutes=30), "IST"), str(timezone(timedelta(hours=5, minutes=30), "IST"))))
show("zero is utc", lambda: timezone(timedelta(0)) is u)
show("zero named", lambda: (timezone(timedelta(0), "UTC"), timezone(timedelta(0), "UTC") is u))
show("seconds", lambda: str(timezone(timedelta(seconds=1))))
show("neg", lambda: str(timezone(timedelta(minutes=-90))))
show("neg us", lambda: (timezone(timedelta(hours=-1, microseconds=1)), str(timezone(timedelta(hours=-1, microseconds=1)))))
show("min/max", lambda: (timezone.min, timezone.max))
show("24h", lambda: timezone(timedelta(hours=24)))
show("-24h", lambda: timezone(timedelta(hours=-24)))
show("almost 24h", lambda: timezone(timedelta(hours=23, minutes=59, seconds=59, microseconds=999999)))
show("bad offset", lambda: timezone(1))
show("bad name", lambda: timezone(timedelta(1), 1))
show("None name", lambda: timezone(timedelta(0), None))
show("3 args", lambda: timezone(timedelta(0), "a", 3))
show("no args", lambda: timezone())
show("kw", lambda: timezone(offset=timedelta(hours=-3), name="X"))
show("utcoffset(None)", lambda: u.utcoffset(None))
show("utcoffset(1)", lambda: u.utcoffset(1))
show("tzname(1)", lambda: u.tzname(1))
show("dst", lambda: u.dst(None))
show("eq", lambda: (timezone(timedelta(hours=1), "a") == timezone(timedelta(hours=1), "b"), u == 5))
show("lt", lambda: u < timezone(timedelta(hours=1)))
show("hash", lambda: hash(u) == hash(timedelta(0)))
show("getinitargs", lambda: (u.__getinitargs__(), timezone(timedelta(hours=1), "X").__getinitargs__()))
show("reduce", lambda: timezone(timedelta(hours=1), "X").__reduce__())
show("subclass", lambda: type("Z", (timezone,), {}))
show("fromutc", lambda: timezone(timedelta(hours=2)).fromutc(datetime(2020, 1, 1, tzinfo=u)))
show("fromutc naive", lambda: u.fromutc(datetime(2020, 1, 1)))
show("fromutc not dt", lambda: u.fromutc(None))
z2 = timezone(timedelta(hours=2), "Z2")
show("fromutc self", lambda: z2.fromutc(datetime(2020, 1, 1, tzinfo=z2)))

print("tzinfo base:")
show("abstract utcoffset", lambda: tzinfo().utcoffset(None))
show("abstract dst", lambda: tzinfo().dst(None))
show("abstract tzname", lambda: tzinfo().tzname(None))
show("reduce", lambda: tzinfo().__reduce__()[1:])
show("aware with base", lambda: datetime(2020, 1, 1, tzinfo=tzinfo()).utcoffset())


class EST(tzinfo):
    """A fixed -5h zone written in Python."""

    def utcoffset(self, dt):
        return timedelta(hours=-5)

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return "EST"

    def __repr__(self):
        return "EST()"


class USEastern(tzinfo):
    """US Eastern with the 2007+ DST rules, written in Python."""

    def dst_window(self, year):
        # local standard-time wall clocks: second Sunday of March and first
        # Sunday of November, both at 2:00
        mar = datetime(year, 3, 8, 2)
        nov = datetime(year, 11, 1, 2)
        return mar + timedelta(6 - mar.weekday()), nov + timedelta(6 - nov.weekday())

    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def dst(self, dt):
        if dt is None or dt.tzinfo is None:
            return timedelta(0)
        start, end = self.dst_window(dt.year)
        d = dt.replace(tzinfo=None)
        if start <= d < end - timedelta(hours=1):
            return timedelta(hours=1)
        if end - timedelta(hours=1) <= d < end:
            return timedelta(0) if dt.fold else timedelta(hours=1)
        return timedelta(0)

    def tzname(self, dt):
        return "EDT" if self.dst(dt) else "EST"

    def fromutc(self, dt):
        start, end = self.dst_window(dt.year)
        u = dt.replace(tzinfo=None)
        start_u, end_u = start + timedelta(hours=5), end + timedelta(hours=4)
        if start_u <= u < end_u:
            return dt + timedelta(hours=-4)
        local = dt + timedelta(hours=-5)
        if end_u <= u < end_u + timedelta(hours=1):
            return local.replace(fold=1)
        return local

    def __repr__(self):
        return "USEastern()"


est = EST()
east = USEastern()
print("python tzinfo:")
a = datetime(2020, 1, 1, 12, tzinfo=est)
show("repr", lambda: a)
show("offset/name/dst", lambda: (a.utcoffset(), a.tzname(), a.dst()))
show("isoformat", lambda: a.isoformat())
show("strftime", lambda: a.strftime("%Y-%m-%d %H:%M %z %Z"))
show("timetuple dst", lambda: a.timetuple().tm_isdst)
show("to utc", lambda: a.astimezone(u))
show("base fromutc", lambda: EST.fromutc(est, datetime(2020, 1, 1, 17, tzinfo=est)))
show("same tz", lambda: a.astimezone(est) is a)
show("eq utc", lambda: a == datetime(2020, 1, 1, 17, tzinfo=u))
show("hash utc", lambda: hash(a) == hash(datetime(2020, 1, 1, 17, tzinfo=u)))
show("sub", lambda: a - datetime(2020, 1, 1, 12, tzinfo=u))
show("timestamp", lambda: a.timestamp())
for h in range(4, 9):
    x = datetime(2020, 11, 1, h, 30, tzinfo=u).astimezone(east)
    show(f"fall back {h}:30Z", lambda: (x, x.fold, x.tzname(), x.utcoffset()))
for h in range(5, 9):
    x = datetime(2020, 3, 8, h, 30, tzinfo=u).astimezone(east)
    show(f"spring {h}:30Z", lambda: (x, x.tzname()))
amb0 = datetime(2020, 11, 1, 1, 30, tzinfo=east)
amb1 = amb0.replace(fold=1)
show("ambiguous offsets", lambda: (amb0.utcoffset(), amb1.utcoffset()))
show("ambiguous same tz eq", lambda: amb0 == amb1)
show("ambiguous vs utc", lambda: (amb0 == amb0.astimezone(u), amb1 == amb1.astimezone(u)))
show("ambiguous to utc", lambda: (amb0.astimezone(u), amb1.astimezone(u)))
show("interzone sub", lambda: amb1 - datetime(2020, 11, 1, 5, tzinfo=u))

print("naive vs aware:")
n = datetime(2020, 1, 1, 12)
show("eq", lambda: a == n)
show("ne", lambda: a != n)
show("lt", lambda: a < n)
show("sub", lambda: a - n)
show("rsub", lambda: n - a)
show("same tz sub ignores offsets", lambda: datetime(2020, 1, 2, tzinfo=est) - datetime(2020, 1, 1, tzinfo=est))


class Bad(tzinfo):
    def __init__(self, v):
        self.v = v

    def utcoffset(self, dt):
        return self.v

    def dst(self, dt):
        return self.v

    def tzname(self, dt):
        return self.v


print("checked results:")
for v in [5, timedelta(hours=24), timedelta(hours=-24), timedelta(seconds=1, microseconds=5), None, "x"]:
    d = datetime(2020, 1, 1, tzinfo=Bad(v))
    show(f"{v!r} utcoffset", lambda: d.utcoffset())
    show(f"{v!r} dst", lambda: d.dst())
    show(f"{v!r} tzname", lambda: d.tzname())
    show(f"{v!r} isoformat", lambda: d.isoformat())


class NoneOff(tzinfo):
    def utcoffset(self, dt):
        return None

    def dst(self, dt):
        return None


class NoneDst(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=1)

    def dst(self, dt):
        return None


for z in (NoneOff(), NoneDst()):
    show(type(z).__name__, lambda: z.fromutc(datetime(2020, 1, 1, tzinfo=z)))
show("astimezone bad", lambda: a.astimezone(5))
