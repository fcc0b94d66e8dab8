# strftime (with %z %Z %f handled by datetime) and strptime into datetime
from datetime import datetime, date, time, timedelta, timezone


def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


fmt = "%a %A %b %B %c %d %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %% %G %V %u %e %f"
for x in [datetime(2020, 1, 5, 13, 4, 5, 678), datetime(1, 1, 1), datetime(9999, 12, 31, 23, 59, 59, 999999),
          datetime(1999, 12, 31, 0, 0, 1), datetime(2021, 1, 3, 12)]:
    print(x.strftime(fmt))
print(date(2020, 3, 1).strftime("%Y %H %M %S %f %z %Z %j"))
print(date(5, 1, 1).strftime("%Y %y %G %C"))
print(time(1, 2, 3).strftime("%H:%M:%S %f %Y %d %z %Z %j %a"))
p2 = timezone(timedelta(hours=2))
show("aware", lambda: datetime(2020, 1, 1, tzinfo=p2).strftime("%z|%Z|%f|%%z|%c|%x|%X"))
show("us offset", lambda: datetime(2020, 1, 1, tzinfo=timezone(timedelta(seconds=5, microseconds=7))).strftime("%z"))
show("neg offset", lambda: datetime(2020, 1, 1, tzinfo=timezone(-timedelta(seconds=5))).strftime("%z"))
show("percent in name", lambda: datetime(2020, 1, 1, tzinfo=timezone(timedelta(0), "%H%")).strftime("[%Z]"))
show("trailing %", lambda: datetime(2020, 1, 1).strftime("a%"))
show("lone %", lambda: datetime(2020, 1, 1).strftime("%"))
show("unknown", lambda: datetime(2020, 1, 1).strftime("%Q"))
show("int fmt", lambda: date(2020, 1, 1).strftime(1))
show("no fmt", lambda: date(2020, 1, 1).strftime())
show("format", lambda: format(datetime(2020, 1, 5, 13, 4, 5), "%Y-%m-%d %H:%M"))
show("fstring", lambda: f"{datetime(2020, 1, 5, 13, 4, 5):%d/%m/%Y}")
show("format empty", lambda: f"{datetime(2020, 1, 5, 13, 4, 5)}")
show("format int", lambda: datetime(2020, 1, 1).__format__(5))
show("epoch %s", lambda: datetime(2020, 1, 1, tzinfo=timezone.utc).strftime("%Y") + "")

print("strptime:")
for s, f in [("2020-03-04 05:06:07.123", "%Y-%m-%d %H:%M:%S.%f"), ("2020-03-04 +0530", "%Y-%m-%d %z"),
             ("2020-03-04 -05:30", "%Y-%m-%d %z"), ("2020-03-04 Z", "%Y-%m-%d %z"),
             ("2020-03-04 UTC +0000", "%Y-%m-%d %Z %z"), ("2020-03-04 UTC", "%Y-%m-%d %Z"),
             ("Mar 4 2020", "%b %d %Y"), ("Wednesday, 4. March 2020 1:02 PM", "%A, %d. %B %Y %I:%M %p"),
             ("2020 10 3", "%Y %W %w"), ("2020 100", "%Y %j"), ("2020", "%Y-%m"), ("2020-13", "%Y-%m"),
             ("02-29", "%m-%d"), ("2020x", "%Y"), ("12", "%H"), ("99", "%y"), ("68", "%y"), ("1:2:3", "%H:%M:%S"),
             ("2020-W01-1", "%G-W%V-%u"), ("2020", "%Q"), (1, "%Y"), ("1", 2)]:
    show(f"{s!r} {f!r}", lambda: datetime.strptime(s, f))
show("roundtrip", lambda: datetime.strptime(str(datetime(2020, 5, 6, 7, 8, 9, 10)), "%Y-%m-%d %H:%M:%S.%f"))
