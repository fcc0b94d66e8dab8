# struct: native alignment '@' vs standard sizes, padding 'x', calcsize
import struct
import sys

print("native sizes (x86-64/aarch64 linux):")
for f in "bBhHiIlLqQnNPefd?":
    print("  @%s=%d  =%s=%s" % (f, struct.calcsize("@" + f), f, struct.calcsize("=" + f) if f not in "nNP" else "n/a"))
print("native padding:", struct.calcsize("@bi"), struct.calcsize("=bi"), struct.calcsize("@ib"), struct.calcsize("@bq"))
print("no prefix is native:", struct.calcsize("bi") == struct.calcsize("@bi"))
print("trailing alignment with 0 count:", struct.calcsize("@ib0i"), struct.calcsize("@bh0q"))
print("native packed:", struct.pack("@bi", 1, 2) == (b"\x01\x00\x00\x00" + (2).to_bytes(4, sys.byteorder)))
print("x padding:", struct.pack("<bxxh", 1, 2).hex(), struct.calcsize("<b3x"), struct.unpack("<bxh", b"\x01\xff\x02\x00"))
print("standard no padding:", struct.calcsize("<bq"), struct.calcsize(">bhbq"))
try:
    struct.pack("<n", 1)
except struct.error as e:
    print("struct.error:", e)
try:
    struct.calcsize("<P")
except struct.error as e:
    print("struct.error:", e)
print("n/N native:", struct.unpack("@n", struct.pack("@n", -5)))
print("P native:", struct.unpack("@P", struct.pack("@P", 1234)))
rec = struct.Struct("<4sHHI")
print("Struct obj:", rec.format, rec.size)
data = rec.pack(b"RIFF", 1, 2, 1000)
print("Struct pack/unpack:", data.hex(), rec.unpack(data))
print("Struct from bytes fmt:", struct.Struct(b"<i").format, struct.Struct(b"<i").size)
hdr = struct.Struct(">2sBBI")
print("header:", hdr.unpack(b"PK\x03\x04\x00\x00\x01\x00"))
