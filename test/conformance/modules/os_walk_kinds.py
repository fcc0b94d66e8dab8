# os.walk over the kinds of entry its native reading tells apart by d_type:
# files, directories, symbolic links (to a directory, a file, nothing) and
# names that are not UTF-8; top-down with pruning, bottom-up, the form of
# the paths (trailing slash, relative top), and what walk sees of a
# directory changed while it is suspended. (Listing order is the file
# system's: results are sorted, the order of visits checked for parents.)
import os
import shutil
import tempfile

base = tempfile.mkdtemp(prefix='pys_walk_kinds_')


def rel(p):
    return os.path.relpath(p, base)


def show(walker, topdown=True):
    seen = []
    for top, dirs, files in walker:
        seen.append((rel(top), sorted(dirs), sorted(files)))
    for item in sorted(seen):
        print(ascii(item))
    # a directory comes before (top-down) or after (bottom-up) its children
    order = [t for t, d, f in seen]
    for i, t in enumerate(order):
        for j, u in enumerate(order):
            if u.startswith(t + '/') and (j < i) == topdown and t != '.':
                print('out of order:', t, u)


for d in ('a/b/c', 'a/d', 'e'):
    os.makedirs(os.path.join(base, d))
for name in ('f1', 'a/f2.py', 'a/b/f3.txt', 'a/b/c/f4', 'e/f5'):
    with open(os.path.join(base, name), 'w') as f:
        f.write(name)
os.symlink(os.path.join(base, 'a', 'b'), os.path.join(base, 'to_dir'))
os.symlink('f1', os.path.join(base, 'to_file'))
os.symlink('missing', os.path.join(base, 'broken'))
os.mkdir(os.fsencode(base) + b'/dir\xff')
os.close(os.open(os.fsencode(base) + b'/dir\xff/file\xfe', os.O_WRONLY | os.O_CREAT))

print('-- top-down')
show(os.walk(base))
print('-- bottom-up')
show(os.walk(base, topdown=False), False)
print('-- bottom-up, following links')
show(os.walk(base, topdown=False, followlinks=True), False)
print('-- trailing slash and relative top')
print(ascii(sorted(t[len(base):] for t, d, f in os.walk(base + '/'))))
print(ascii(sorted(t[len(base):] for t, d, f in os.walk(base + '//', topdown=False))))
here = os.getcwd()
os.chdir(base)
print(sorted(t for t, d, f in os.walk('a')))
print(sorted(t for t, d, f in os.walk('a', topdown=False)))
print(sorted(t for t, d, f in os.walk('./e/')))
os.chdir(here)
print('-- bytes')
print(sorted((os.path.relpath(t, os.fsencode(base)), sorted(d), sorted(f))
             for t, d, f in os.walk(os.fsencode(base))))

print('-- pruning and changes while suspended')
walker = os.walk(base)
top, dirs, files = next(walker)
dirs[:] = [d for d in dirs if d != 'e']
os.mkdir(os.path.join(base, 'a', 'late'))
shutil.rmtree(os.path.join(base, 'a', 'd'))
show(walker)

print('-- errors')
errs = []
print(list(os.walk(os.path.join(base, 'nope'), onerror=errs.append)))
print([type(e).__name__ for e in errs], errs[0].filename == os.path.join(base, 'nope'))
print(list(os.walk(os.path.join(base, 'f1'))))

shutil.rmtree(base)
