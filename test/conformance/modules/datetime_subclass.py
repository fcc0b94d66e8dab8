# Subclassing date, datetime, time, timedelta and tzinfo from Python: which
# operations call the subclass constructor and which results keep the class
from datetime import date, datetime, time, timedelta, timezone, tzinfo

calls = []


def show(label, f):
    calls.clear()
    try:
        r = f()
        if isinstance(r, tuple) and label.endswith("type"):
            calls.clear()
        print(label, "->", type(r).__name__, repr(r), calls)
    except Exception as e:
        print(label, "->", type(e).__name__, e, calls)


class D(date):
    def __new__(cls, *a, **kw):
        calls.append(("D", a, kw))
        return super().__new__(cls, *a, **kw)


class DT(datetime):
    def __new__(cls, *a, **kw):
        calls.append(("DT", a, kw))
        return super().__new__(cls, *a, **kw)


class TM(time):
    def __new__(cls, *a, **kw):
        calls.append(("TM", a, kw))
        return super().__new__(cls, *a, **kw)


class TD(timedelta):
    def __new__(cls, *a, **kw):
        calls.append(("TD", a, kw))
        return super().__new__(cls, *a, **kw)


d = D(2020, 1, 2)
show("D", lambda: D(2020, 1, 2))
show("fromordinal", lambda: D.fromordinal(5))
show("fromtimestamp type", lambda: (type(D.fromtimestamp(946728000)).__name__, len(calls)))
show("fromisoformat", lambda: D.fromisoformat("2020-01-01"))
show("fromisocalendar", lambda: D.fromisocalendar(2020, 1, 1))
show("today type", lambda: (type(D.today()).__name__, len(calls)))
show("replace", lambda: d.replace(day=3))
show("+td", lambda: d + timedelta(1))
show("td+", lambda: timedelta(1) + d)
show("-td", lambda: d - timedelta(1))
show("-date", lambda: d - d)
show("str", lambda: str(d))
show("reduce", lambda: d.__reduce__())

dt = DT(2020, 1, 2, 3, 4, fold=1)
show("DT", lambda: DT(2020, 1, 2, 3, 4, fold=1))
show("fromordinal", lambda: DT.fromordinal(5))
show("fromtimestamp utc", lambda: DT.fromtimestamp(0, timezone.utc))
show("utcfromtimestamp", lambda: DT.utcfromtimestamp(0))
show("fromisoformat", lambda: DT.fromisoformat("2020-01-01T01:02"))
show("fromisocalendar", lambda: DT.fromisocalendar(2020, 1, 1))
show("combine (fold dropped)", lambda: DT.combine(date(2020, 1, 1), time(1, fold=1)))
show("strptime", lambda: DT.strptime("2020 +0100", "%Y %z"))
show("now type", lambda: (type(DT.now(timezone.utc)).__name__, len(calls)))
show("replace", lambda: dt.replace(day=3))
show("+td", lambda: dt + timedelta(1))
show("-td", lambda: dt - timedelta(1))
show("-dt", lambda: dt - dt)
show("date()", lambda: dt.date())
show("time()", lambda: dt.time())
show("timetz()", lambda: dt.timetz())
show("astimezone same", lambda: dt.replace(tzinfo=timezone.utc).astimezone(timezone.utc))
show("astimezone other", lambda: DT(2020, 1, 1, tzinfo=timezone.utc).astimezone(timezone(timedelta(hours=3))))
show("fromutc", lambda: timezone.utc.fromutc(dt.replace(tzinfo=timezone.utc)))

tm = TM(1, 2, fold=1)
show("TM", lambda: TM(1, 2, fold=1))
show("replace", lambda: tm.replace(hour=3))
show("fromisoformat", lambda: TM.fromisoformat("01:02"))

td = TD(1, 2)
show("TD", lambda: TD(1, 2))
show("ops", lambda: [type(x).__name__ for x in (td + td, -td, abs(td), +td, td * 2, td / 2, td // 2, td % td)])
show("eq", lambda: td == timedelta(1, 2))


class Birthday(date):
    def __new__(cls, y, m, d, name="?"):
        self = super().__new__(cls, y, m, d)
        self.name = name
        return self

    def isoformat(self):
        return "ISO:" + super().isoformat()

    def __repr__(self):
        return f"Birthday({self.name})"


b = Birthday(2000, 5, 17, "bob")
show("str uses isoformat", lambda: str(b))
show("format uses str", lambda: format(b, ""))
show("attr", lambda: b.name)
show("replace keeps class, not attrs", lambda: (type(b.replace(year=2001)).__name__, b.replace(year=2001).__dict__))
show("eq base", lambda: b == date(2000, 5, 17))
show("hash base", lambda: hash(b) == hash(date(2000, 5, 17)))


class Stamp(datetime):
    def isoformat(self, sep="T", timespec="auto"):
        return "<" + super().isoformat(sep, timespec) + ">"

    def strftime(self, fmt):
        return "S:" + super().strftime(fmt)

    def timetuple(self):
        t = super().timetuple()
        return t[:3] + (9, 9, 9) + t[6:]


s = Stamp(2020, 1, 2, 3, 4, 5)
show("str", lambda: str(s))
show("format", lambda: format(s, "%H:%M"))
show("strftime uses timetuple", lambda: s.strftime("%H:%M:%S"))
show("ctime", lambda: s.ctime())


class Dur(timedelta):
    def hours(self):
        return self.total_seconds() / 3600


show("Dur", lambda: (Dur(hours=5), Dur(hours=5).hours(), str(Dur(hours=5)), Dur.max))
show("dict key", lambda: {Dur(hours=5): 1}[timedelta(hours=5)])


class T2(time):
    pass


show("T2", lambda: (T2(1, 2), T2(1, 2).replace(minute=5), T2.min))


class MyTZ(tzinfo):
    def __init__(self, h=0):
        self.h = h

    def utcoffset(self, dt):
        return timedelta(hours=self.h)

    def tzname(self, dt):
        return f"MY{self.h:+d}"

    def dst(self, dt):
        return timedelta(0)

    def __repr__(self):
        return f"MyTZ({self.h})"


show("MyTZ", lambda: datetime(2020, 1, 1, tzinfo=MyTZ(3)).astimezone(MyTZ(-2)))
show("MyTZ reduce", lambda: MyTZ(3).__reduce__()[1:])
show("tzinfo args ignored", lambda: type(tzinfo(1, 2)).__name__)
show("isinstance", lambda: (isinstance(dt, date), isinstance(td, timedelta), issubclass(DT, date)))
show("timezone final", lambda: type("X", (timezone,), {}))
show("__new__ check", lambda: date.__new__(int, 1, 1, 1))
