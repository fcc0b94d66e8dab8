# io.StringIO: reading APIs
import io

s = io.StringIO("line one\nline two\r\nline three\rlast")
print("read(4):", repr(s.read(4)))
print("tell:", s.tell())
print("readline:", repr(s.readline()))
print("readline limit:", repr(s.readline(3)))
print("readline rest:", repr(s.readline()))
print("readlines:", s.readlines())
print("read at EOF:", repr(s.read()), repr(s.readline()))
s.seek(0)
print("read all:", repr(s.read()))
s.seek(0)
print("read(-1):", repr(s.read(-1)), "read(None) at end:", repr(s.read(None)))
s.seek(0)
print("readlines hint:", s.readlines(12))
s.seek(0)
print("iteration:", [line for line in s])
t = io.StringIO("a\nb\nc")
print("next():", repr(next(t)), repr(next(t)), repr(next(t)))
try:
    next(t)
except StopIteration:
    print("StopIteration at end")
u = io.StringIO("x\r\ny", newline="")
print("newline='' keeps \\r\\n:", u.readlines())
v = io.StringIO("x\r\ny\rz", newline=None)
print("newline=None translates:", v.readlines(), repr(v.getvalue()))
w = io.StringIO("x\ny", newline="\r\n")
print("newline='\\r\\n' on init:", repr(w.getvalue()))
print("empty:", repr(io.StringIO().read()), io.StringIO().readlines())
print("initial value None:", repr(io.StringIO(None).getvalue()))
print("unicode positions:", end=" ")
uu = io.StringIO("héllo😀!")
uu.read(6)
print(uu.tell(), repr(uu.read()))
print("readable/writable/seekable:", s.readable(), s.writable(), s.seekable())
print("isatty:", s.isatty())
print("line_buffering:", s.line_buffering, "encoding:", s.encoding, "errors:", s.errors)
try:
    s.fileno()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
try:
    io.StringIO(b"bytes")
except TypeError as e:
    print("TypeError:", e)
print("detach unsupported:", end=" ")
try:
    s.detach()
except io.UnsupportedOperation as e:
    print(e)
