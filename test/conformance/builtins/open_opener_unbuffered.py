# open(): opener=, buffering=0 gives io.FileIO, no unbuffered text
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 'x.txt')
calls = []
def opener(path, flags):
    calls.append((os.path.basename(path), bool(flags & os.O_WRONLY), bool(flags & os.O_CREAT)))
    return os.open(path, flags, 0o644)
with open(p, 'w', opener=opener) as f:
    f.write('hello\n')
    print(os.path.basename(f.name), f.mode)
print(calls)
with open(p, opener=opener) as f:
    print(f.read().strip(), calls[-1])
raw = open(p, 'rb', buffering=0)
print(type(raw).__name__, raw.read(), raw.mode)
raw.close()
w = open(p, 'ab', buffering=0)
print(type(w).__name__, w.write(b'more\n'))
w.close()
print(open(p).read().split())
for bad in [lambda: open(p, 'w', buffering=0), lambda: open(p, opener=lambda a, b: -1)]:
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
os.remove(p)
os.rmdir(d)
