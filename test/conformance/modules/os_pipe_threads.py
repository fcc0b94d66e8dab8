# os.pipe between threads: a read or write that must wait parks only the
# calling thread, so the other end can run.
import os, threading, time
r, w = os.pipe()
got = []
def reader():
    while True:
        b = os.read(r, 5)
        if not b:
            break
        got.append(b)
t = threading.Thread(target=reader)
t.start()
for i in range(3):
    os.write(w, b'chunk%d' % i)
    time.sleep(0.01)
os.close(w)
t.join()
print(b''.join(got))
os.close(r)
# big write with a concurrent reader
r, w = os.pipe()
total = []
def drain():
    n = 0
    while True:
        b = os.read(r, 65536)
        if not b:
            break
        n += len(b)
    total.append(n)
t = threading.Thread(target=drain)
t.start()
print(os.write(w, b'x' * 300000))
os.close(w)
t.join()
print(total)
os.close(r)
# single-threaded: data already there, EOF
r, w = os.pipe()
os.write(w, b'abc')
os.close(w)
print(os.read(r, 10), os.read(r, 10))
os.close(r)
