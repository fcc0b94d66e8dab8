# struct: pack/unpack of all integer and float format characters
import struct

fmts = ["b", "B", "h", "H", "i", "I", "l", "L", "q", "Q", "e", "f", "d", "?", "c"]
for order in "<>!=":
    for f in fmts:
        fmt = order + f
        val = {"e": 1.5, "f": -2.25, "d": 3.125, "?": True, "c": b"Z"}.get(f, 1 if f.isupper() else -1)
        packed = struct.pack(fmt, val)
        print("%-3s size=%d packed=%s unpacked=%r" % (fmt, struct.calcsize(fmt), packed.hex(), struct.unpack(fmt, packed)))
print("ranges:")
for fmt, lo, hi in [("<b", -128, 127), ("<B", 0, 255), ("<h", -32768, 32767), ("<H", 0, 65535),
                    ("<i", -2**31, 2**31 - 1), ("<I", 0, 2**32 - 1), ("<q", -2**63, 2**63 - 1), ("<Q", 0, 2**64 - 1)]:
    print("  %s lo=%s hi=%s" % (fmt, struct.pack(fmt, lo).hex(), struct.pack(fmt, hi).hex()))
print("multi:", struct.pack("<hhl", 1, 2, 3).hex(), struct.unpack("<hhl", bytes.fromhex("0100020003000000")))
print("repeat count:", struct.pack("<3h", 1, 2, 3).hex(), struct.unpack("<3B", b"\x01\x02\x03"))
print("float precision:", struct.unpack("<f", struct.pack("<f", 0.1))[0], struct.unpack("<d", struct.pack("<d", 0.1))[0])
print("half float:", struct.unpack("<e", struct.pack("<e", 0.1))[0], struct.pack(">e", 65504.0).hex())
print("inf/nan:", struct.pack(">d", float("inf")).hex(), struct.pack(">f", float("-inf")).hex(), struct.unpack(">d", struct.pack(">d", float("nan")))[0])
print("bool values:", struct.unpack("<3?", b"\x00\x01\x05"), struct.pack("<?", []), struct.pack("<?", "x"))
print("big-endian int:", struct.unpack(">I", b"\xde\xad\xbe\xef")[0] == 0xDEADBEEF)
print("network = big:", struct.pack("!H", 80) == struct.pack(">H", 80))
print("__index__ accepted:", struct.pack("<B", type("I", (), {"__index__": lambda s: 7})()))
print("float from int:", struct.pack("<d", 1) == struct.pack("<d", 1.0))
print("pack returns bytes:", type(struct.pack("<i", 1)).__name__)
print("empty format:", struct.pack(""), struct.calcsize(""), struct.unpack("", b""))
print("whitespace in format:", struct.pack("< h h", 1, 2).hex())
print("unpack returns tuple even for one value:", struct.unpack("<i", b"\x01\x00\x00\x00"), type(struct.unpack("<i", b"\x01\x00\x00\x00")).__name__)
print("native vs little on this machine:", struct.pack("=i", 1) == struct.pack("<i", 1) or struct.pack("=i", 1) == struct.pack(">i", 1))
print("negative to unsigned via mask:", struct.pack("<I", -1 & 0xFFFFFFFF).hex())
print("float to int format fails:", end=" ")
try:
    struct.pack("<h", 2.0)
except struct.error as e:
    print(e)
print("-0.0 bytes:", struct.pack(">d", -0.0).hex(), struct.unpack(">d", bytes.fromhex("8000000000000000")))
print("denormal:", struct.unpack("<d", struct.pack("<Q", 1))[0])
print("float32 rounding:", struct.unpack("<f", struct.pack("<f", 16777217.0))[0])
