# os.get_inheritable / os.get_blocking report the kernel's flags: new fds
# are non-inheritable (PEP 446), O_NONBLOCK shows, and a bad fd is EBADF.
# (Node makes fds 0-2 close-on-exec too: see test/DIFFERENCES.md.)
import os, tempfile
r, w = os.pipe()
fd = os.open(tempfile.gettempdir(), os.O_RDONLY)
fd2 = os.open(os.devnull, os.O_RDONLY | os.O_NONBLOCK)
d = os.dup(r)
d3 = os.dup2(r, 51, inheritable=False)
print([os.get_inheritable(x) for x in (r, w, fd, fd2, d, d3)])
print([os.get_blocking(x) for x in (r, w, fd, fd2, d)])
for bad in (-1, 9999):
    for f in (os.get_inheritable, os.get_blocking):
        try:
            f(bad)
        except OSError as e:
            print(f.__name__, e.errno, e.strerror)
for x in (r, w, fd, fd2, d, d3):
    os.close(x)
