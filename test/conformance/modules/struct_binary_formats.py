# struct: building and parsing binary file-like headers
import struct
import zlib

def png_chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
ihdr = struct.pack(">IIBBBBB", 2, 3, 8, 2, 0, 0, 0)
png = b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) + png_chunk(b"IEND", b"")
print("png bytes:", png.hex())
pos = 8
while pos < len(png):
    length, kind = struct.unpack_from(">I4s", png, pos)
    body = png[pos + 8:pos + 8 + length]
    crc, = struct.unpack_from(">I", png, pos + 8 + length)
    print("chunk:", kind.decode(), length, "crc ok" if crc == zlib.crc32(kind + body) else "bad crc")
    if kind == b"IHDR":
        print("  dims:", struct.unpack(">IIBBBBB", body))
    pos += 12 + length

def wav_header(channels, rate, bits, nframes):
    block = channels * bits // 8
    data_size = nframes * block
    return struct.pack("<4sI4s4sIHHIIHH4sI", b"RIFF", 36 + data_size, b"WAVE", b"fmt ", 16, 1,
                       channels, rate, rate * block, block, bits, b"data", data_size)
h = wav_header(2, 44100, 16, 1000)
print("wav header size:", len(h))
f = struct.unpack("<4sI4s4sIHHIIHH4sI", h)
print("wav fields:", f)

def ipv4_checksum(header):
    total = sum(struct.unpack("!10H", header))
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF
hdr = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20, 0x1c46, 0x4000, 64, 6, 0,
                  bytes([192, 168, 0, 1]), bytes([192, 168, 0, 199]))
print("ip checksum:", hex(ipv4_checksum(hdr)))
ver_ihl, tos, length, ident, flags, ttl, proto, csum, src, dst = struct.unpack("!BBHHHBBH4s4s", hdr)
print("ip fields:", ver_ihl >> 4, ttl, proto, ".".join(map(str, src)), ".".join(map(str, dst)))
vals = [1.5, -2.0, 3.25]
blob = struct.pack("<I%dd" % len(vals), len(vals), *vals)
n, = struct.unpack_from("<I", blob)
print("length-prefixed array:", struct.unpack_from("<%dd" % n, blob, 4))
print("int.to_bytes parity:", struct.pack(">Q", 2**40 + 5) == (2**40 + 5).to_bytes(8, "big"),
      struct.unpack("<i", (-3).to_bytes(4, "little", signed=True))[0])
