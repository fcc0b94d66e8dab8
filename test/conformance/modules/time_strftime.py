# time: strftime/strptime/asctime of fixed times
import time

t = time.gmtime(1234567890)
for fmt in ("%Y-%m-%d %H:%M:%S", "%a %A %b %B", "%d/%m/%y", "%j", "%I %p", "%w %u",
            "%%", "%H%M", "%Y-%m-%dT%H:%M:%SZ", "%e|", "%C", "%D", "%T", "%R",
            "%U %W", "%G-W%V", "%M minutes", "literal text only", ""):
    print(repr(fmt), "->", repr(time.strftime(fmt, t)))

t0 = time.gmtime(0)
print("epoch:", time.strftime("%c", t0))
print("epoch x X:", time.strftime("%x %X", t0))
print("asctime:", time.asctime(t))
print("asctime epoch:", time.asctime(t0))
print("asctime tuple:", time.asctime((2021, 12, 25, 8, 5, 9, 5, 359, 0)))
print("pm hour:", time.strftime("%I:%M %p", time.gmtime(15 * 3600 + 7 * 60)))
print("midnight 12h:", time.strftime("%I %p", time.gmtime(0)))

p = time.strptime("2021-03-04 05:06:07", "%Y-%m-%d %H:%M:%S")
print("strptime:", tuple(p))
p2 = time.strptime("15 Aug 1999", "%d %b %Y")
print("strptime month name:", p2.tm_year, p2.tm_mon, p2.tm_mday, p2.tm_wday, p2.tm_yday)
p3 = time.strptime("12", "%H")
print("defaults:", tuple(p3)[:6])
try:
    time.strptime("2021-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
try:
    time.strptime("abc", "%Y")
except ValueError as e:
    print("ValueError:", e)
try:
    time.strptime("2021 extra", "%Y")
except ValueError as e:
    print("ValueError:", e)
