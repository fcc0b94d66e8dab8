# struct: 's', 'p', 'c' string formats
import struct

print("s truncates/pads:", struct.pack("5s", b"ab"), struct.pack("2s", b"abcdef"), struct.pack("0s", b"x"))
print("s default count 1:", struct.pack("s", b"xyz"))
print("s unpack:", struct.unpack("3s", b"a\x00c"), struct.unpack("<4s2s", b"abcdef"))
print("p pascal:", struct.pack("5p", b"ab"), struct.pack("3p", b"abcdef"), struct.pack("1p", b"xyz"))
print("p unpack:", struct.unpack("5p", b"\x02ab\x00\x00"), struct.unpack("4p", b"\x09abc"))
print("p long:", struct.pack("300p", b"z" * 300)[:2], len(struct.pack("300p", b"z" * 300)))
print("c multiple:", struct.pack("3c", b"a", b"b", b"c"), struct.unpack("3c", b"xyz"))
print("bytearray accepted:", struct.pack("3s", bytearray(b"abc")))
try:
    struct.pack("2s", memoryview(b"hi"))
except struct.error as e:
    print("memoryview rejected:", e)
for bad in [("3s", "str"), ("c", b"ab"), ("c", "a"), ("c", 65), ("p", 5)]:
    try:
        struct.pack(*bad)
    except struct.error as e:
        print("struct.error %r: %s" % (bad, e))
rec = struct.pack("<10sI", "héllo".encode(), 7)
name, n = struct.unpack("<10sI", rec)
print("utf8 roundtrip:", name.rstrip(b"\x00").decode(), n)
print("mixed:", struct.pack("<h3sxc", 1, b"ab", b"Z"))
print("calcsize strings:", struct.calcsize("10s"), struct.calcsize("10p"), struct.calcsize("3c"), struct.calcsize("<I10sH"))
print("s with repeat 0 in middle:", struct.pack("<b0sb", 1, b"", 2))
print("unpack 0s:", struct.unpack("0s", b""))
print("c unpacks to length-1 bytes:", [type(x).__name__ for x in struct.unpack("2c", b"ab")])
print("p with count 0:", struct.pack("0p", b"x"), struct.calcsize("0p"))
print("null bytes kept in s:", struct.unpack("4s", b"a\x00\x00b")[0])
print("decode fixed-width fields:", [f.rstrip(b" ").decode() for f in struct.unpack("5s5s", b"ab   cdef ")])
