# Pickling support of datetime values: __reduce__/__reduce_ex__ and the
# constructors' pickle-state forms, through copy.copy and copy.deepcopy
import copy
from datetime import date, datetime, time, timedelta, timezone, tzinfo

u = timezone.utc
p2 = timezone(timedelta(hours=2), "P2")


class MyTZ(tzinfo):
    def __init__(self, h=1):
        self.h = h

    def utcoffset(self, dt):
        return timedelta(hours=self.h)

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return "MY%d" % self.h

    def __repr__(self):
        return "MyTZ(%d)" % self.h


vals = [timedelta(1, 2, 3), timedelta(-5, 7), date(2020, 2, 29), time(1, 2, 3, 4), time(5, tzinfo=p2, fold=1),
        datetime(2020, 1, 2, 3, 4, 5, 6), datetime(2020, 1, 2, 3, 4, 5, 6, tzinfo=u, fold=1), u, p2,
        timezone(timedelta(minutes=-90)), datetime(2020, 1, 1, tzinfo=MyTZ(3)), MyTZ(4)]
for v in vals:
    c, dc = copy.copy(v), copy.deepcopy(v)
    print(repr(v))
    print("  copy:", repr(c), c == v if not isinstance(v, MyTZ) else c.h == v.h)
    print("  deepcopy:", repr(dc), type(dc) is type(v))
    for proto in (2, 3, 4):
        print("  reduce_ex", proto, v.__reduce_ex__(proto)[1:])
print(datetime(2020, 1, 1, 1, 1, 1, 1, fold=1).__reduce__())
print(time(1, 1, 1, 1, fold=1).__reduce__())
print(date(b"\x07\xe4\x03\x01"), datetime(b"\x07\xe4\x81\x01\x01\x01\x01\x00\x00\x01"),
      time(b"\x81\x01\x01\x00\x00\x01", u), datetime(b"\x07\xe4\x01\x01\x01\x01\x01\x00\x00\x01", p2))
print(repr(datetime(b"\x07\xe4\x81\x01\x01\x01\x01\x00\x00\x01")), repr(time(b"\x81\x01\x01\x00\x00\x01")))
print(datetime(2020, 1, 1, tzinfo=MyTZ(5)).__reduce_ex__(4)[1][1], copy.deepcopy(datetime(2020, 1, 1, tzinfo=MyTZ(5))).tzinfo.h)


class E(date):
    pass


e = E(2020, 1, 1)
e.x = 5
print(e.__reduce__(), type(copy.copy(e)).__name__, hasattr(copy.copy(e), "x"))
