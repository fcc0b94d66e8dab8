# io: StringIO as a capture buffer, CSV-ish building, redirecting print
import io
import sys
import contextlib

def report(out):
    print("Header", file=out)
    for i in range(3):
        print("row", i, i * i, sep="\t", file=out)
    out.write("footer\n")
buf = io.StringIO()
report(buf)
print(repr(buf.getvalue()))
print("lines:", buf.getvalue().splitlines())

old = sys.stdout
cap = io.StringIO()
sys.stdout = cap
print("captured text")
print("second", "line")
sys.stdout = old
print("captured:", repr(cap.getvalue()))

with contextlib.redirect_stdout(io.StringIO()) as f:
    print("via redirect_stdout")
print("redirect captured:", repr(f.getvalue()))

def lines_reader(text):
    with io.StringIO(text) as fh:
        for n, line in enumerate(fh, 1):
            yield n, line.rstrip("\n")
print("numbered:", list(lines_reader("a\nb\n\nc")))
csv_like = io.StringIO()
rows = [("name", "qty"), ("apple", 3), ("pear", 10)]
for r in rows:
    csv_like.write(",".join(map(str, r)) + "\n")
csv_like.seek(0)
parsed = [line.strip().split(",") for line in csv_like]
print("csv-like:", parsed)
inp = io.StringIO("5\n10\n15\n")
print("sum from stream:", sum(int(l) for l in inp))
log = io.StringIO()
for level, msg in [("INFO", "start"), ("WARN", "careful"), ("INFO", "done")]:
    log.write("[%s] %s\n" % (level, msg))
print("filtered:", [l for l in log.getvalue().splitlines() if l.startswith("[INFO]")])
ss = io.StringIO("abc")
ss.seek(0, 2)
ss.write("def")
print("append mode emulation:", ss.getvalue())
print("print returns None to StringIO:", print("x", file=io.StringIO()))
