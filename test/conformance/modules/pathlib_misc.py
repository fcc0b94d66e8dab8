# pathlib: subclasses, odd arguments, glob corner cases, use with os and open().
import os
import tempfile
from pathlib import Path, PosixPath, PurePath, PurePosixPath
import pathlib


def show(f):
    try:
        r = f()
    except Exception as e:
        print('  %s: %s' % (type(e).__name__, e))
    else:
        print('  ->', repr(r))


class MyPath(PosixPath):
    def shout(self):
        return str(self).upper()


class MyPure(PurePosixPath):
    pass


m = MyPath('a', 'b')
print(repr(m), m.shout(), repr(m / 'c'), repr(m.parent), repr(m.with_suffix('.x')),
      repr(list(m.parents)), repr(m.relative_to('a')), m.parents)
print(repr(MyPure('x') / 'y'), repr('q' / MyPure('x')), MyPure('x') == PurePosixPath('x'))
print(repr(Path('a', 'b', encoding='ignored')) if False else '')
show(lambda: pathlib.WindowsPath('c:/'))
show(lambda: Path('x').with_suffix(3))
show(lambda: Path('x').relative_to(3))
show(lambda: Path('x') / None)
show(lambda: Path(None))
show(lambda: Path('a').parents['x'])
show(lambda: Path('a/b').parents[-3])
show(lambda: Path('a').joinpath('b', b'c'))
show(lambda: Path('a').match('/'))
show(lambda: PurePosixPath('a/b').with_name('c/'))
show(lambda: PurePosixPath('a/b').with_name('..'))
show(lambda: PurePosixPath('a/b').with_name('c.d'))
show(lambda: PurePosixPath('/').parent)
show(lambda: PurePosixPath('/a').parents[0])
show(lambda: PurePosixPath('/a').parents[1])
show(lambda: list(PurePosixPath('/').parents))
show(lambda: PurePosixPath('//x').as_uri())
show(lambda: PurePosixPath('/a').as_uri())
show(lambda: PurePosixPath('a').stem)
show(lambda: PurePosixPath('.a.b').suffixes)
show(lambda: PurePosixPath('a..').suffixes)
show(lambda: PurePosixPath('..a').suffix)
show(lambda: PurePosixPath('a') <= Path('a'))
show(lambda: PurePosixPath('a') > Path('b'))
show(lambda: str(PurePath()))
show(lambda: hash(PurePath('a')) == hash(Path('a')))
show(lambda: PurePosixPath('a/b/c').parents[:-1])
show(lambda: PurePosixPath('a/b/c').parents[::-1])
show(lambda: PurePosixPath('a/b').is_relative_to('a/b/c'))
show(lambda: PurePosixPath('/a/b').relative_to('/a/b'))
show(lambda: PurePosixPath('/a/b').relative_to(PurePosixPath('/a')))
show(lambda: PurePosixPath('A/b').match('a/*'))
show(lambda: PurePosixPath('a/b/c.py').match('**/*.py'))
show(lambda: PurePosixPath('a/b.py').match('a/b/*.py'))
show(lambda: PurePosixPath('/a/b.py').match('//a/*.py'))

tmp = tempfile.mkdtemp()
os.chdir(tmp)
for f in ['a/x.txt', 'a/b/y.txt', 'a/b/c/z.txt', 'a/.dot/w.txt']:
    p = Path(f)
    p.parent.mkdir(parents=True, exist_ok=True)
    p.touch()
os.symlink('b', 'a/lb')


def g(it):
    return sorted(str(p) for p in it)


print(g(Path('.').glob('*')), g(Path().iterdir()), g(Path('a').iterdir()))
print(g(Path('a').glob('**/*.txt')))
print(g(Path('a').glob('**/')))
print(g(Path('a').glob('*/*.txt')))
print(g(Path('a').glob('b/../*.txt')))
print(g(Path('a').glob('lb/*')))
print(g(Path('a').rglob('*/')))
print(g(Path('a').glob('**/c/**')))
print(g(Path('a').rglob('[xz].txt')))
print(g(Path('a/x.txt').glob('**')), g(Path('nope').glob('*')), g(Path('nope').rglob('*')))
print(g(Path('a').glob('x.txt/')), g(Path('a').glob('b/')))
gen = Path('a').glob('*')
print(type(gen).__name__, type(Path('a').iterdir()).__name__)

# paths given to os, open and friends
p = Path('a') / 'new.txt'
with open(p, 'w') as f:
    f.write('text')
print(os.path.getsize(p), os.path.exists(p), os.fspath(p), os.path.join(p, 'x'),
      os.path.basename(p), os.stat(p).st_size)
with p.open('r', encoding='utf-8', newline='') as f:
    print(f.read())
with p.open(mode='w', buffering=1) as f:
    f.write('line\n')
print(p.read_text(errors='strict'), end='')
with p.open('rb', buffering=0) as f:
    print(f.read())
p.write_text('a\nb\n', newline='\r\n')
print(p.read_bytes())
print(p.write_bytes(bytearray(b'xyz')), p.write_bytes(memoryview(b'mv')), p.read_bytes())
print(Path('a/new.txt').stat().st_size, p.rename(Path('a/renamed.txt')).name)
print(sorted(os.listdir(Path('a'))))
os.chdir('/')
import shutil
shutil.rmtree(tmp)
