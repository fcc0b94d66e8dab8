# pathlib concrete paths: file-system queries and operations in a temp dir.
import os
import stat
import tempfile
from pathlib import Path, PosixPath

tmp = tempfile.mkdtemp()
base = Path(tmp)
os.chdir(tmp)


def rel(p):
    return p.relative_to(base).as_posix() if p.is_absolute() else p.as_posix()


def names(it):
    return sorted(rel(p) for p in it)


def err(f):
    try:
        r = f()
    except Exception as e:
        name = getattr(e, 'filename', None)
        shown = os.path.relpath(name, tmp) if isinstance(name, str) else name
        if isinstance(e, OSError):
            print('  ', type(e).__name__, e.errno, e.strerror, shown)
        else:
            print('  ', type(e).__name__, str(e).replace(tmp, '<tmp>'))
    else:
        print('  ->', r)


print(Path.cwd() == base.resolve(), Path.home() == Path(os.path.expanduser('~')))
print(type(Path.cwd()).__name__)

# creating and reading files
d = base / 'data'
d.mkdir()
print(d.exists(), d.is_dir(), d.is_file(), d.is_symlink())
t = d / 'notes.txt'
print(t.write_text('line one\nline two\n'), t.read_text(), end='')
print(t.write_bytes(b'\x00\x01binary'), t.read_bytes(), t.stat().st_size)
print(t.write_text('h\u00e9llo', encoding='utf-8'), t.read_text(encoding='latin-1'))
with t.open('a') as f:
    f.write('!')
with t.open() as f:
    print(repr(f.read()))
with t.open('rb') as f:
    print(f.read())
err(lambda: t.write_text(b'x'))
err(lambda: t.write_bytes('x'))
print(t.exists(), t.is_file(), t.is_dir(), stat.S_ISREG(t.lstat().st_mode))

# mkdir variants
deep = base / 'x' / 'y' / 'z'
err(lambda: deep.mkdir())
deep.mkdir(parents=True)
deep.mkdir(parents=True, exist_ok=True)
err(lambda: deep.mkdir())
err(lambda: (base / 'x').mkdir(exist_ok=True))
err(lambda: t.mkdir(exist_ok=True))
print(names(base.iterdir()))
print(names((base / 'x').iterdir()))

# touch
n = base / 'new.log'
n.touch()
n.touch()
err(lambda: n.touch(exist_ok=False))
print(n.exists(), n.stat().st_size)
(base / 'mode').touch(mode=0o600)
print(oct(stat.S_IMODE((base / 'mode').stat().st_mode) & 0o700))
(base / 'mode').chmod(0o640)
print(oct(stat.S_IMODE((base / 'mode').stat().st_mode)))

# globbing
for f in ['a.py', 'b.py', 'c.txt', 'pkg/__init__.py', 'pkg/mod.py', 'pkg/sub/deep.py',
          'pkg/sub/data.json', '.hidden.py']:
    p = base / 'tree' / f
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(f)
tree = base / 'tree'
print(names(tree.glob('*.py')))
print(names(tree.glob('*')))
print(names(tree.glob('**/*.py')))
print(names(tree.rglob('*.py')))
print(names(tree.glob('**')))
print(names(tree.glob('*/')))
print(names(tree.glob('pkg/*')))
print(names(tree.glob('pkg/sub/deep.py')), names(tree.glob('pkg/none.py')))
print(names(tree.glob('?.py')), names(tree.glob('[ab].*')), names(tree.rglob('sub')))
print(names(Path('tree').glob('*.txt')), names(Path('tree/c.txt').glob('*')))
for pat in ['', '/abs/*', 'a**b/c']:
    err(lambda: list(tree.glob(pat)))

# stat, exists on broken things
missing = base / 'missing'
print(missing.exists(), missing.is_file(), missing.is_dir(), missing.is_symlink())
print((t / 'below').exists(), Path('nul\0byte').exists())
err(lambda: missing.stat())
err(lambda: missing.read_text())
err(lambda: missing.unlink())
missing.unlink(missing_ok=True)
err(lambda: missing.rmdir())
err(lambda: d.rmdir())

# symlinks
link = base / 'link'
link.symlink_to('data/notes.txt')
print(link.is_symlink(), link.is_file(), link.exists(), link.readlink(), type(link.readlink()).__name__)
print(link.samefile(t), link.samefile(str(t)), link.resolve() == t.resolve(), rel(link.resolve()))
print(stat.S_ISLNK(link.lstat().st_mode), link.stat().st_size == t.stat().st_size)
dl = base / 'dlink'
dl.symlink_to(base / 'data', target_is_directory=True)
print(dl.is_dir(), dl.is_symlink(), names(dl.iterdir()))
broken = base / 'broken'
broken.symlink_to('nowhere')
print(broken.exists(), broken.is_symlink(), broken.is_file())
err(lambda: broken.resolve(strict=True))
print(rel(broken.resolve()))
loop = base / 'loop'
loop.symlink_to('loop')
err(lambda: loop.resolve())
print(loop.exists(), loop.is_symlink())
err(lambda: t.readlink())
print(rel(Path('data/../data/notes.txt').resolve()), rel(Path('data/./notes.txt').absolute()))
print(Path('/').resolve(), Path('/').absolute(), Path('/usr/..').absolute())

# rename / replace
moved = t.rename(base / 'moved.txt')
print(type(moved).__name__, rel(moved), t.exists(), moved.exists())
other = base / 'other.txt'
other.write_text('other')
back = other.replace(moved)
print(rel(back), moved.read_text(), other.exists())
rel_target = Path('data').rename('data2')
print(repr(rel_target), (base / 'data2').is_dir())
err(lambda: Path('missing').rename('x'))

# hard links
hl = base / 'hard'
hl.hardlink_to(moved)
print(hl.samefile(moved), hl.stat().st_nlink)

# expanduser
os.environ['HOME'] = '/home/someone'
print(Path('~').expanduser(), Path('~/docs').expanduser(), Path('x/~').expanduser(),
      Path('/~').expanduser(), Path.home())

# unlink / rmdir
moved.unlink()
print(moved.exists())
(base / 'x' / 'y' / 'z').rmdir()
print(names((base / 'x' / 'y').iterdir()))
print(base.is_mount(), Path('/').is_mount(), (base / 'x').is_mount())
print(Path('/dev/null').is_char_device(), Path('/dev/null').is_file(), base.is_fifo(), base.is_socket(), base.is_block_device())
err(lambda: list((base / 'mode').iterdir()))
err(lambda: list(missing.iterdir()))
print(PosixPath('q') == Path('q'), PosixPath is type(Path()))
print(Path.is_dir.__name__)

# clean up
os.chdir('/')
import shutil
shutil.rmtree(tmp)
print(base.exists())
