# struct: pack_into, unpack_from, iter_unpack, Struct methods
import struct

buf = bytearray(16)
struct.pack_into("<I", buf, 0, 0xAABBCCDD)
struct.pack_into(">H", buf, 4, 0x1234)
struct.pack_into("<2b", buf, 6, -1, 1)
print("pack_into:", buf.hex())
print("pack_into returns:", struct.pack_into("<B", buf, 15, 9), buf[15])
print("unpack_from:", struct.unpack_from("<I", buf), struct.unpack_from(">H", buf, 4), struct.unpack_from("<2b", buf, offset=6))
print("unpack_from memoryview:", struct.unpack_from("<H", memoryview(bytes(buf)), 4))
print("negative offset:", struct.unpack_from("<B", buf, -1))
try:
    struct.pack_into("<Q", buf, 12, 1)
except struct.error as e:
    print("struct.error:", e)
try:
    struct.unpack_from("<I", b"\x00\x00", 0)
except struct.error as e:
    print("struct.error:", e)
try:
    struct.unpack_from("<I", b"\x00" * 8, 6)
except struct.error as e:
    print("struct.error:", e)
try:
    struct.pack_into("<I", b"immutable", 0, 1)
except TypeError as e:
    print("TypeError:", e)
data = struct.pack("<" + "hh" * 3, 1, 2, 3, 4, 5, 6)
print("iter_unpack:", list(struct.iter_unpack("<hh", data)))
it = struct.iter_unpack("<B", b"\x01\x02")
print("iter_unpack type:", type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__())
try:
    list(struct.iter_unpack("<I", b"\x00" * 6))
except struct.error as e:
    print("struct.error:", e)
try:
    struct.iter_unpack("", b"")
except struct.error as e:
    print("struct.error:", e)
s = struct.Struct("<HB")
b2 = bytearray(6)
s.pack_into(b2, 1, 513, 7)
print("Struct.pack_into:", b2.hex(), s.unpack_from(b2, 1), list(s.iter_unpack(bytes(b2[:6]))))
records = b"".join(struct.pack("<B5s", i, ("n%d" % i).encode()) for i in range(3))
print("records:", [(i, n.rstrip(b"\0").decode()) for i, n in struct.iter_unpack("<B5s", records)])
