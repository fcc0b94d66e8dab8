# chr, ord, bin, oct, hex and related conversions
print('chr', chr(65), chr(97), chr(48), repr(chr(0)), chr(0x1F600), repr(chr(0x10FFFF)), chr(233))
print('ord', ord('A'), ord('é'), ord('€'), ord('😀'), ord(b'A'), ord(bytearray(b'\xff')))
for bad in (-1, 0x110000):
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    chr(65.0)
except TypeError as e:
    print('TypeError', e)
try:
    chr('A')
except TypeError as e:
    print('TypeError', e)
for bad in ('', 'ab', b'ab'):
    try:
        ord(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    ord(65)
except TypeError as e:
    print('TypeError', e)
for n in (0, 1, 7, 8, 255, 256, -1, -255, 2 ** 40, -(2 ** 70)):
    print(f'{n:>24}', bin(n), oct(n), hex(n))
try:
    hex(1.5)
except TypeError as e:
    print('TypeError', e)
try:
    bin('1')
except TypeError as e:
    print('TypeError', e)
class I:
    def __index__(self): return 10
print('__index__', bin(I()), oct(I()), hex(I()), chr(I() + 55) if False else chr(I().__index__() + 55))
print('round trips', int(bin(37), 2), int(oct(37), 8), int(hex(37), 16), int(hex(-37), 16), int(bin(-5), 0))
print('format equivalents', format(37, 'b'), format(37, 'o'), format(37, 'x'), format(37, '#b'))
print('ascii table slice', ''.join(chr(c) for c in range(33, 48)))
print('case conversion via ord', chr(ord('a') - 32), chr(ord('Z') + 32))
print('caesar', ''.join(chr((ord(c) - 97 + 3) % 26 + 97) for c in 'xyzabc'))
print('surrogates allowed in chr', len(chr(0xD800)), repr(chr(0xDFFF)))
print('ord of combining char', ord('\u0301'), len('é'), len('e\u0301'))
