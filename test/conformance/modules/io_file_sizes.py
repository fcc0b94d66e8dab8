# open(): files larger than one read (characters split across reads),
# write()'s count of code points, encodings and errors handlers, append and
# exclusive modes, directories, descriptors that are not regular files.
import os
import tempfile

d = tempfile.mkdtemp(prefix='pys_io_sizes_')
p = os.path.join(d, 'big.txt')

# 'é' is two bytes and '𝄞' four: with 70,001 of them some sit across every
# 64 KiB boundary of the encoded file
text = ('é' * 70001 + '\n' + '𝄞x' * 30000 + '\r\nend\rlast')
with open(p, 'w', encoding='utf-8') as f:
    print('write', f.write(text), f.write('𝄞'), f.write(''))
print('size', os.path.getsize(p))
with open(p, encoding='utf-8') as f:
    s = f.read()
print(len(s), s == (text + '𝄞').replace('\r\n', '\n').replace('\r', '\n'), s[-12:])
with open(p, encoding='utf-8') as f:
    print(len(f.read(70000)), repr(f.read(3)), len(f.readline()), repr(f.readline()[:4]))
with open(p, encoding='utf-8', newline='') as f:
    lines = f.readlines()
print(len(lines), [len(x) for x in lines], repr(lines[-1]))
with open(p, 'rb') as f:
    b = f.read()
    print(len(b), b[:4], b[-6:], f.read())
with open(p, 'rb') as f:
    print(len(f.read(100000)), len(f.read(100000)), len(f.read()), f.read(5))

print('-- encodings and errors')
q = os.path.join(d, 'enc.txt')
for enc, errors, data in [('utf-8', 'strict', 'plain ascii'), ('utf-8', 'surrogateescape', 'bad\udcff'),
                          ('latin-1', 'strict', 'caf\xe9'), ('ascii', 'replace', 'naïve'),
                          ('utf-16', 'strict', 'two 𝄞'), ('utf-8-sig', 'strict', 'bom'),
                          ('utf-8', 'strict', 'lone \ud800')]:
    try:
        with open(q, 'w', encoding=enc, errors=errors) as f:
            n = f.write(data)
        with open(q, 'rb') as f:
            raw = f.read()
        with open(q, encoding=enc, errors=errors) as f:
            back = f.read()
        print(enc, errors, n, raw, ascii(back))
    except UnicodeError as e:
        print(enc, errors, type(e).__name__, e.reason)

print('-- modes')
a = os.path.join(d, 'a.txt')
with open(a, 'w') as f:
    f.write('12345')
with open(a, 'a') as f:
    print('append tell', f.tell(), f.write('678'), f.tell())
with open(a) as f:
    print(f.read())
try:
    open(a, 'x')
except FileExistsError as e:
    print('FileExistsError', e.errno)
with open(os.path.join(d, 'new'), 'x') as f:
    print('x mode', f.write('n'), f.tell())
try:
    open(d)
except IsADirectoryError as e:
    print('IsADirectoryError', e.errno, e.filename == d)
try:
    open(d, 'w')
except IsADirectoryError as e:
    print('IsADirectoryError', e.errno)
try:
    open(os.path.join(d, 'no', 'such'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)

print('-- descriptors')
r, w = os.pipe()
with open(w, 'w') as f:
    print(f.seekable(), f.write('through a pipe\n'))
with open(r) as f:
    print(f.seekable(), repr(f.read()))
fd = os.open(a, os.O_RDONLY)
os.lseek(fd, 3, os.SEEK_SET)
with open(fd) as f:
    print(f.seekable(), f.tell(), repr(f.read()))
with open('/dev/null') as f:
    print(repr(f.read()), f.isatty())

for name in os.listdir(d):
    os.unlink(os.path.join(d, name))
os.rmdir(d)
