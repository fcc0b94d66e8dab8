# datetime.datetime: construction, text forms, arithmetic, UTC timestamps, combine
from datetime import datetime, date, time, timedelta, timezone


def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


u = timezone.utc
x = datetime(2020, 5, 6, 7, 8, 9, 123456)
print("construct:")
for args in [(2020, 1, 1), (2020, 1, 1, 0, 0, 1), (2020, 1, 1, 0, 0, 0, 1), (2020, 1, 1, 23, 59)]:
    show(f"datetime{args}", lambda: datetime(*args))
show("fold tz", lambda: datetime(2020, 1, 1, 0, 0, 0, 1, fold=1, tzinfo=u))
show("hour 24", lambda: datetime(2020, 1, 1, 24))
show("fold 2", lambda: datetime(2020, 1, 1, fold=2))
show("bad tz", lambda: datetime(2020, 1, 1, tzinfo=1))
show("missing", lambda: datetime(2020, 1))
show("10 args", lambda: datetime(2020, 1, 1, 1, 1, 1, 1, None, 1, 1))
show("9 positional", lambda: datetime(2020, 1, 1, 1, 1, 1, 1, None, 1))
show("min/max", lambda: (datetime.min, datetime.max, datetime.resolution))

print("text:")
show("str", lambda: str(x))
show("repr", lambda: repr(x))
show("isoformat", lambda: x.isoformat())
show("isoformat sep", lambda: x.isoformat(" "))
show("isoformat emoji", lambda: x.isoformat("\U0001F600"))
show("isoformat sep str", lambda: x.isoformat("xx"))
show("isoformat sep int", lambda: x.isoformat(1))
for spec in ("auto", "hours", "minutes", "seconds", "milliseconds", "microseconds", "nope"):
    show(spec, lambda: x.isoformat(timespec=spec))
show("ms rounding down", lambda: datetime(2020, 1, 1, 1, 2, 3, 999999).isoformat(timespec="milliseconds"))
show("aware", lambda: str(datetime(2020, 1, 1, 12, tzinfo=u)))
show("offset us", lambda: datetime(2020, 1, 1, tzinfo=timezone(timedelta(seconds=-1, microseconds=1))).isoformat())
show("offset -5h-1us", lambda: datetime(2020, 1, 1, tzinfo=timezone(-timedelta(hours=5, microseconds=1))).isoformat())
show("ctime", lambda: x.ctime())
show("date/time/timetz", lambda: (x.date(), x.time(), datetime(2020, 1, 1, 1, tzinfo=u, fold=1).timetz()))
show("timetuple", lambda: x.timetuple())
show("utctimetuple naive", lambda: x.utctimetuple())
show("utctimetuple aware", lambda: datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=2))).utctimetuple())
show("utctimetuple overflow", lambda: datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=2))).utctimetuple())
show("attrs", lambda: (x.year, x.month, x.day, x.hour, x.minute, x.second, x.microsecond, x.tzinfo, x.fold))
show("weekday etc", lambda: (x.weekday(), x.isoweekday(), x.isocalendar(), x.toordinal()))

print("arithmetic:")
show("+td", lambda: x + timedelta(days=1, hours=20, microseconds=900000))
show("td+", lambda: timedelta(hours=-8) + x)
show("-td", lambda: x - timedelta(days=400, microseconds=123457))
show("dt-dt", lambda: x - datetime(2019, 1, 1))
show("dt-dt neg", lambda: datetime(2019, 1, 1) - x)
show("max-min", lambda: datetime.max - datetime.min)
show("overflow", lambda: datetime.max + timedelta(microseconds=1))
show("underflow", lambda: datetime.min - timedelta(microseconds=1))
show("dt+dt", lambda: x + x)
show("dt-date", lambda: x - date(2020, 1, 1))
show("fold reset", lambda: (datetime(2020, 1, 1, fold=1) + timedelta(0)).fold)
show("month ends", lambda: [datetime(2021, 2, 28, 23) + timedelta(hours=k) for k in (1, 25)])
show("leap", lambda: datetime(2024, 2, 28, 12) + timedelta(days=1))

print("comparisons:")
show("lt", lambda: datetime(2020, 1, 1) < x)
show("eq", lambda: x == datetime(2020, 5, 6, 7, 8, 9, 123456))
show("fold eq", lambda: datetime(2020, 1, 1, fold=1) == datetime(2020, 1, 1))
show("vs date eq", lambda: x == x.date())
show("vs date lt", lambda: x < x.date())
show("vs int", lambda: x < 4)
show("eq int", lambda: x == 4)
show("__eq__ date", lambda: x.__eq__(x.date()))
show("__eq__ int", lambda: x.__eq__(5))

print("UTC timestamps:")
for ts in [0, 1.5, -1.5, 1e-7, 0.9999995, 1.0000005, 1.0000015, -0.0000005, 1595000000.1234565, 1595000000.1234575,
           1e11, 1e12, -62135596800, -62135596801, 253402300799.999999, 253402300800, True, 10**20, 1e18,
           float("nan"), "x"]:
    show(f"utcfromtimestamp({ts!r})", lambda: datetime.utcfromtimestamp(ts))
show("fromtimestamp utc", lambda: datetime.fromtimestamp(0, u))
show("fromtimestamp +2", lambda: datetime.fromtimestamp(86400 * 365, timezone(timedelta(hours=2))))
show("fromtimestamp bad tz", lambda: datetime.fromtimestamp(0, 5))
show("timestamp aware", lambda: datetime(2020, 1, 1, 1, 1, 1, 1, tzinfo=u).timestamp())
show("timestamp min", lambda: datetime(1, 1, 1, tzinfo=u).timestamp())
show("timestamp max", lambda: datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=u).timestamp())
show("round trip", lambda: all(datetime.fromtimestamp(datetime(2020, 1, 1, tzinfo=u).timestamp() + k * 3607.25, u).timestamp()
                               == datetime(2020, 1, 1, tzinfo=u).timestamp() + k * 3607.25 for k in range(500)))

print("combine:")
show("combine", lambda: datetime.combine(date(2020, 1, 1), time(1, 2, tzinfo=u)))
show("combine tz None", lambda: datetime.combine(date(2020, 1, 1), time(1, tzinfo=u), tzinfo=None))
show("combine tz", lambda: datetime.combine(date(2020, 1, 1), time(1, tzinfo=u), timezone(timedelta(hours=2))))
show("combine fold", lambda: datetime.combine(date(2020, 1, 1), time(1, fold=1)))
show("combine datetime", lambda: datetime.combine(datetime(2020, 1, 1, 5), time(1)))
show("combine bad 1", lambda: datetime.combine(1, time(1)))
show("combine bad 2", lambda: datetime.combine(date(2020, 1, 1), 1))
show("combine missing", lambda: datetime.combine(date(2020, 1, 1)))

print("replace:")
show("replace", lambda: x.replace(year=2021, microsecond=0))
show("replace tz", lambda: x.replace(tzinfo=u))
show("replace fold", lambda: x.replace(fold=1))
show("replace bad day", lambda: datetime(2020, 2, 29).replace(year=2021))
show("replace 9 positional", lambda: x.replace(1, 2, 3, 4, 5, 6, 7, None, 8))
