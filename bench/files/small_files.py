# small_files.py - write 2,000 small files, then read them all back.
import os
import shutil
import tempfile

d = tempfile.mkdtemp(prefix="pys-bench-")
try:
    for i in range(2000):
        with open(os.path.join(d, "file%04d.txt" % i), "w") as f:
            f.write("line %d\n" % i * (i % 7 + 1))
    total = 0
    for name in sorted(os.listdir(d)):
        with open(os.path.join(d, name)) as f:
            total += len(f.read())
    print("checksum", len(os.listdir(d)), total)
finally:
    shutil.rmtree(d)
