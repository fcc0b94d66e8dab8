# io: real files via open() in a temp dir - text/binary modes, newline handling, seek/tell
import io
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "t.txt")
    with open(p, "w", encoding="utf-8") as f:
        print("type text:", type(f).__name__, f.mode, f.encoding)
        n = f.write("alpha\nbeta\r\ngamma\n")
        print("write returns chars:", n)
    with open(p, "rb") as f:
        print("type binary:", type(f).__name__)
        print("raw bytes:", f.read())
    with open(p, encoding="utf-8") as f:
        print("universal newlines:", f.readlines())
    with open(p, newline="") as f:
        print("newline='':", f.readlines())
    with open(p, "a") as f:
        f.write("delta")
    with open(p) as f:
        print("appended last line:", f.read().splitlines()[-1])
    with open(p, "r+b") as f:
        f.seek(0)
        f.write(b"ALPHA")
        f.seek(-5, os.SEEK_END)
        print("r+b tail:", f.read())
    with open(p, "rb") as f:
        print("after r+b:", f.readline())
    bp = os.path.join(d, "b.bin")
    with open(bp, "wb") as f:
        f.write(bytes(range(256)))
    with open(bp, "rb") as f:
        f.seek(250)
        print("binary seek/tell:", f.tell(), list(f.read()))
    print("size:", os.path.getsize(bp))
    with open(p, "w", encoding="utf-8") as f:
        f.write("é€😀")
    with open(p, "rb") as f:
        print("utf-8 bytes:", f.read().hex())
    with open(p, encoding="utf-8") as f:
        print("read chars:", len(f.read()))
    try:
        open(os.path.join(d, "missing.txt"))
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.errno, e.strerror)
    try:
        with open(p, "x"):
            pass
    except FileExistsError as e:
        print("FileExistsError:", e.strerror)
    try:
        open(p, "rw")
    except ValueError as e:
        print("ValueError:", e)
    with open(p, "w") as f:
        try:
            f.read()
        except io.UnsupportedOperation as e:
            print("UnsupportedOperation:", e)
    with open(p, "w") as f:
        f.writelines(["1\n", "2\n", "3\n"])
    with open(p) as f:
        print("iterate file:", [line.rstrip("\n") for line in f])
        print("closed inside:", f.closed)
    print("closed after:", f.closed)
