# Reading text files: UTF-8 decoding of whole small files and of large ones
# whose chunks split characters and \r\n pairs, universal newlines, the BOM
# with utf-8 and utf-8-sig, and the errors of undecodable bytes.
import os
import shutil
import tempfile

d = tempfile.mkdtemp(prefix='pys_text_decode_')
p = os.path.join(d, 'x')


def put(data):
    with open(p, 'wb') as f:
        f.write(data)


def show(**kw):
    try:
        with open(p, **kw) as f:
            text = f.read()
        print(len(text), ascii(text[:12]), ascii(text[-12:]))
    except UnicodeDecodeError as e:
        print(type(e).__name__, e.reason, ascii(e.object[e.start:e.end]))


put('h\xe9llo w\xf6rld \u20ac \U0001d11e\r\nline2\rline3\n'.encode() * 5000)
show()
show(newline='')
show(newline='\n')
show(encoding='utf-8-sig')
show(encoding='utf-8', errors='replace')

# a multi-byte character or a \r\n across every position near the 64 KiB
# and 8 KiB boundaries
for n in list(range(65530, 65540)) + [8191, 8192, 8193]:
    put(b'a' * n + '\u20ac\U0001d11e\r\n'.encode() + b'z')
    with open(p) as f:
        t = f.read()
    with open(p, newline='') as f:
        u = f.read()
    print(n, len(t), ascii(t[-5:]), len(u), ascii(u[-5:]))

for data in (b'', b'abc', b'abc\xff\xfedef', b'\xef\xbb\xbfabc', b'ab\r', b'ab\r\n',
             b'\xe2\x82', b'a\xe2\x82\xacb', b'\xed\xa0\x80', b'\xc0\xaf'):
    put(data)
    print(ascii(data), end=' ')
    show()
put(b'\xef\xbb\xbfabc')
show(encoding='utf-8-sig')
with open(p) as f:
    print(ascii(f.read(2)), ascii(f.readline()))

# many small files, each read whole
names = []
for i in range(300):
    name = os.path.join(d, 'f%03d' % i)
    with open(name, 'w') as f:
        f.write(('line %d \u20ac\n' % i) * (i % 5 + 1))
    names.append(name)
total = 0
for name in names:
    with open(name) as f:
        total += len(f.read())
    with open(name) as f:
        total += sum(len(line) for line in f)
print(total)
shutil.rmtree(d)
