# time: struct_time from gmtime, fields and indexing
import time

t = time.gmtime(0)
print("type:", type(t).__name__)
print("tuple:", tuple(t))
print("fields:", t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print("index:", t[0], t[-1], t[:3])
print("len:", len(t))
print("repr:", repr(t))
print("tm_zone:", t.tm_zone, "tm_gmtoff:", t.tm_gmtoff)

t2 = time.gmtime(1234567890)
print("2009:", tuple(t2))
t3 = time.gmtime(951782400)  # 2000-02-29
print("leap day:", t3.tm_year, t3.tm_mon, t3.tm_mday, t3.tm_yday, t3.tm_wday)
t4 = time.gmtime(-86400)
print("before epoch:", tuple(t4)[:6])
t5 = time.gmtime(4102444800)  # 2100-01-01
print("2100:", tuple(t5))
print("float secs truncated:", time.gmtime(59.999).tm_sec)

st = time.struct_time((2020, 5, 17, 13, 45, 30, 6, 138, 0))
print("constructed:", st.tm_year, st.tm_wday, st.tm_yday)
print("equality:", st == time.struct_time((2020, 5, 17, 13, 45, 30, 6, 138, 0)))
print("compare with tuple:", tuple(st) == (2020, 5, 17, 13, 45, 30, 6, 138, 0))
try:
    time.struct_time((1, 2, 3))
except TypeError as e:
    print("TypeError:", e)
try:
    t.tm_year = 2000
except AttributeError as e:
    print("AttributeError:", e)

print("timegm via calendar:", __import__("calendar").timegm(t2))
print("n_fields:", time.struct_time.n_fields, "n_sequence_fields:", time.struct_time.n_sequence_fields)
y, m, d, *rest = time.gmtime(86400 * 365)
print("unpack:", y, m, d, rest)
print("gmtime() no arg is struct_time:", isinstance(time.gmtime(), time.struct_time))
print("current year plausible:", time.gmtime().tm_year >= 2023)
