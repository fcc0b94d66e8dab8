# struct: error messages for bad formats, out-of-range values, wrong argument counts
import struct

cases = [
    ("<b", (128,)), ("<b", (-129,)), ("<B", (-1,)), ("<B", (256,)), ("<h", (40000,)), ("<H", (-5,)),
    ("<i", (2**31,)), ("<I", (2**32,)), ("<q", (2**63,)), ("<Q", (-1,)), ("<i", (1.5,)), ("<i", ("1",)),
    ("<f", ("x",)), ("<e", (1e6,)), ("<f", (1e300,)), ("<hh", (1,)), ("<h", (1, 2)), ("<z", (1,)),
    ("<3", ()), ("<?", ()), ("<d", (None,)),
]
for fmt, args in cases:
    try:
        r = struct.pack(fmt, *args)
        print("%-5s %-12r ok %s" % (fmt, args, r.hex()))
    except (struct.error, OverflowError, TypeError) as e:
        print("%-5s %-12r %s: %s" % (fmt, args, type(e).__name__, e))
for fmt, data in [("<h", b"\x00"), ("<h", b"\x00\x00\x00"), ("<i", b""), ("<2s", b"abc")]:
    try:
        struct.unpack(fmt, data)
    except struct.error as e:
        print("unpack %s %r: %s" % (fmt, data, e))
try:
    struct.calcsize("<q" * 3 + "Y")
except struct.error as e:
    print("calcsize:", e)
try:
    struct.unpack("<h", "ab")
except TypeError as e:
    print("TypeError:", e)
print("struct.error is Exception:", issubclass(struct.error, Exception), struct.error.__name__)
print("native unsigned long wraps? no:", end=" ")
try:
    struct.pack("@L", -1)
except struct.error as e:
    print(e)
