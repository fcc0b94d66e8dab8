# io.StringIO: writing, seeking, truncating, getvalue
import io

s = io.StringIO()
print("write returns:", s.write("hello"), s.write(" world"), s.write(""))
print("getvalue:", repr(s.getvalue()), "tell:", s.tell())
s.seek(0)
s.write("J")
print("overwrite:", repr(s.getvalue()), s.tell())
s.seek(0, io.SEEK_END)
s.write("!")
print("append at end:", repr(s.getvalue()))
s.seek(20)
s.write("X")
print("write past end pads with NUL:", repr(s.getvalue()))
print("truncate returns:", s.truncate(5), repr(s.getvalue()), "pos unchanged:", s.tell())
s.seek(2)
print("truncate() at pos:", s.truncate(), repr(s.getvalue()))
s.writelines(["a", "b\n", "c"])
print("writelines:", repr(s.getvalue()))
try:
    s.seek(1, io.SEEK_CUR)
except OSError as e:
    print("OSError:", e)
print("seek(0, SEEK_CUR) ok:", s.seek(0, io.SEEK_CUR))
try:
    s.seek(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    s.write(5)
except TypeError as e:
    print("TypeError:", e)
init = io.StringIO("initial")
print("initial pos 0:", init.tell())
init.write("XY")
print("write over initial:", repr(init.getvalue()))
nl = io.StringIO(newline="\r\n")
nl.write("a\nb\n")
print("newline translation on write:", repr(nl.getvalue()))
nl2 = io.StringIO(newline=None)
nl2.write("a\r\nb\rc\n")
print("newline=None write:", repr(nl2.getvalue()))
print("print(file=):", end=" ")
buf = io.StringIO()
print("x", 1, [2], sep="|", end="$", file=buf)
print(repr(buf.getvalue()))
big = io.StringIO()
for i in range(1000):
    big.write("%d," % i)
print("many writes:", len(big.getvalue()), big.getvalue()[-8:])
print("seek returns:", big.seek(10), big.read(5))
