# Clock-based constructors: only types and relations are printed
import time as _time
from datetime import date, datetime, timedelta, timezone

u = timezone.utc
now = datetime.now()
print(type(now).__name__, now.tzinfo, type(datetime.today()).__name__, type(date.today()).__name__)
print(abs(datetime.now() - datetime.fromtimestamp(_time.time())) < timedelta(seconds=2))
print(abs(datetime.now(u) - datetime.fromtimestamp(_time.time(), u)) < timedelta(seconds=2))
print(abs(datetime.utcnow() - datetime.now(u).replace(tzinfo=None)) < timedelta(seconds=2))
print(date.today() == datetime.now().date() or date.today() == datetime.now().date() - timedelta(1))
print(datetime.now(u).tzinfo is u, datetime.utcnow().tzinfo)
print(datetime.now(timezone(timedelta(hours=5))).utcoffset())
aware_local = datetime.now().astimezone()
print(type(aware_local.tzinfo).__name__, aware_local.utcoffset() is not None)
print(abs(aware_local - datetime.now(u)) < timedelta(seconds=2))
print(abs(datetime.now().timestamp() - _time.time()) < 2)
try:
    datetime.now(5)
except TypeError as e:
    print(e)
try:
    datetime.now(tz=5, x=1)
except TypeError as e:
    print(e)
print(datetime.fromtimestamp(0, u), datetime.fromtimestamp(1e9, u).isoformat())
local = datetime.fromtimestamp(1e9)
print(local.astimezone(u) == datetime.fromtimestamp(1e9, u), local.timestamp())
print(date.fromtimestamp(1e9) == local.date())
