# os.path.walk(top, func, arg): the Python 2 tree walk kept for the documents'
# programs (expected output written by hand: CPython 3 has no os.path.walk).
import os
import tempfile

tmp = tempfile.mkdtemp()
os.chdir(tmp)
for d in ['top/a/deep', 'top/b', 'top/skip/inner']:
    os.makedirs(d)
for f in ['top/f1', 'top/a/f2', 'top/a/deep/f3', 'top/skip/inner/f4']:
    open(f, 'w').close()
os.symlink('a', 'top/link_a')


def visit(seen, dirname, names):
    names.sort()
    seen.append((dirname, list(names)))
    if 'skip' in names:
        names.remove('skip')


seen = []
os.path.walk('top', visit, seen)
for entry in seen:
    print(entry)

count = []
os.path.walk('top/', lambda arg, d, n: arg.append(d), count)
print(sorted(count))
print(os.path.walk('missing', visit, None))
os.path.walk('top/f1', visit, None)
print('done')
os.chdir('/')
import shutil
shutil.rmtree(tmp)
