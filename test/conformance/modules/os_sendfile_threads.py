# os.sendfile into a pipe that another thread reads: the sender parks while
# the pipe is full, and each call sends what the pipe takes.
import os, threading, tempfile
base = tempfile.mkdtemp(prefix='pys_sf_thr_')
p = os.path.join(base, 'big')
data = bytes(range(256)) * 4000
with open(p, 'wb') as f:
    f.write(data)
i = os.open(p, os.O_RDONLY)
r, w = os.pipe()
got = []
def reader():
    while True:
        b = os.read(r, 100000)
        if not b:
            break
        got.append(b)
t = threading.Thread(target=reader)
t.start()
sent = 0
calls = 0
while sent < len(data):
    n = os.sendfile(w, i, None, len(data) - sent)
    assert n > 0
    sent += n
    calls += 1
os.close(w)
t.join()
print(sent, b''.join(got) == data, calls > 1, os.lseek(i, 0, os.SEEK_CUR))
# offset form, partial into a pipe already holding bytes
r2, w2 = os.pipe()
os.write(w2, b'abcdef')
n = os.sendfile(w2, i, 0, 200000)
print(0 < n <= 65536, os.lseek(i, 0, os.SEEK_CUR))
for fd in (i, r, r2, w2):
    os.close(fd)
os.unlink(p)
os.rmdir(base)
