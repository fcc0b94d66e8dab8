# walk_tree.py - the first document's program on a generated tree: walk
# 20,000 files and sum the sizes of the *.py files. The tree is made once
# (outside the timed runs' steady state) under the temp directory.
import os
import tempfile

ROOT = os.path.join(tempfile.gettempdir(), "pys-bench-tree-20000")


def make_tree():
    tmp = ROOT + ".tmp%d" % os.getpid()
    n = 0
    for a in range(20):
        for b in range(20):
            d = os.path.join(tmp, "d%02d" % a, "e%02d" % b)
            os.makedirs(d)
            for c in range(50):
                ext = ".py" if c % 3 == 0 else ".txt"
                with open(os.path.join(d, "f%02d%s" % (c, ext)), "w") as f:
                    f.write("x" * (n % 200))
                n += 1
    os.rename(tmp, ROOT)


if not os.path.isdir(ROOT):
    try:
        make_tree()
    except OSError:
        pass  # another run made it meanwhile

total = 0
count = 0
files = 0
for folder, dirs, names in os.walk(ROOT):
    for name in names:
        files += 1
        if name.endswith(".py"):
            total += os.path.getsize(os.path.join(folder, name))
            count += 1
print("checksum", files, count, total)
