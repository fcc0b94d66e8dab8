# time: monotonic, perf_counter, time(), sleep, mktime/localtime roundtrip (booleans only)
import time

a = time.monotonic()
b = time.monotonic()
print("monotonic non-decreasing:", b >= a, type(a).__name__)
p1 = time.perf_counter()
r = time.sleep(0.01)
p2 = time.perf_counter()
print("sleep returns:", r)
print("slept at least ~10ms:", p2 - p1 >= 0.009)
print("time() float:", isinstance(time.time(), float))
print("time() after 2023:", time.time() > 1672531200)
print("time_ns int:", isinstance(time.time_ns(), int))
print("time_ns vs time:", abs(time.time_ns() / 1e9 - time.time()) < 5)
print("monotonic_ns int:", isinstance(time.monotonic_ns(), int))
print("perf_counter_ns int:", isinstance(time.perf_counter_ns(), int))
print("process_time float:", isinstance(time.process_time(), float))
print("sleep(0):", time.sleep(0))
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    time.sleep("1")
except TypeError as e:
    print("TypeError:", e)

now = int(time.time())
lt = time.localtime(now)
print("localtime is struct_time:", isinstance(lt, time.struct_time))
print("mktime roundtrip:", int(time.mktime(lt)) == now)
print("mktime returns float:", type(time.mktime(lt)).__name__)
print("localtime fields in range:", 1 <= lt.tm_mon <= 12, 1 <= lt.tm_mday <= 31, 0 <= lt.tm_wday <= 6)
print("gmtime/localtime same minute field mod tz:", lt.tm_sec == time.gmtime(now).tm_sec)
print("timezone int:", isinstance(time.timezone, int))
print("tzname tuple of 2:", isinstance(time.tzname, tuple) and len(time.tzname) == 2)
print("daylight int:", isinstance(time.daylight, int))
print("ctime str len:", len(time.ctime(now)))
print("ctime(0) parts:", len(time.ctime(0).split()))
ts = [time.monotonic() for _ in range(100)]
print("monotonic sequence sorted:", ts == sorted(ts))
print("get_clock_info monotonic:", time.get_clock_info("monotonic").monotonic)
print("get_clock_info time adjustable type:", type(time.get_clock_info("time").adjustable).__name__)
