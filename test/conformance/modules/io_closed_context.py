# io: closed state errors, context managers, TextIOWrapper over BytesIO
import io

with io.StringIO("data") as s:
    print("inside:", s.read(), s.closed)
print("closed after with:", s.closed)
for op, call in [("read", lambda: s.read()), ("write", lambda: s.write("x")), ("getvalue", lambda: s.getvalue()),
                 ("seek", lambda: s.seek(0)), ("tell", lambda: s.tell()), ("readline", lambda: s.readline()),
                 ("iter", lambda: next(iter(s))), ("truncate", lambda: s.truncate())]:
    try:
        call()
        print(op, "no error")
    except ValueError as e:
        print("%s: ValueError: %s" % (op, e))
print("close twice ok:", s.close(), s.close())
b = io.BytesIO(b"x")
b.close()
try:
    b.read()
except ValueError as e:
    print("BytesIO closed:", e)
try:
    b.getvalue()
except ValueError as e:
    print("BytesIO getvalue closed:", e)
with io.BytesIO() as bb:
    bb.write(b"abc")
    val = bb.getvalue()
print("value captured:", val)
try:
    with io.StringIO() as s2:
        raise RuntimeError("inside with")
except RuntimeError as e:
    print("exception propagates:", e, "closed:", s2.closed)

raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
t.write("héllo\nwörld\n")
t.flush()
print("TextIOWrapper bytes:", raw.getvalue())
t.seek(0)
print("TextIOWrapper read:", t.readlines())
print("encoding:", t.encoding, "buffer is raw:", t.buffer is raw)
t2 = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\n"), encoding="ascii")
print("universal newlines:", t2.readlines())
t3 = io.TextIOWrapper(io.BytesIO(b"\xff\xfeok"), encoding="utf-8", errors="replace")
print("errors=replace:", repr(t3.read()))
t4 = io.TextIOWrapper(io.BytesIO(b"\xff"), encoding="utf-8")
try:
    t4.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e.reason, e.start, e.end)
br = io.BufferedReader(io.BytesIO(b"buffered data"))
print("BufferedReader:", br.read(8), br.peek(1)[:1], br.read())
print("class hierarchy:", issubclass(io.StringIO, io.TextIOBase), issubclass(io.BytesIO, io.BufferedIOBase), isinstance(s, io.IOBase))
print("UnsupportedOperation bases:", io.UnsupportedOperation.__mro__[1].__name__, issubclass(io.UnsupportedOperation, ValueError))
print("SEEK constants:", io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
