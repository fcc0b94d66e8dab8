# pathlib pure paths: parsing, str/repr, components, derivation, comparison.
from pathlib import PurePath, PurePosixPath, Path, PosixPath
import os
import copy

for args in [(), ('',), ('.',), ('a',), ('a/b/',), ('/a//b/./c',), ('//a/b',),
             ('///a',), ('a', 'b', 'c'), ('a', '/b', 'c'), ('..', 'x'),
             ('a/../b',), (PurePath('x/y'), 'z'), ('~/docs',)]:
    p = PurePath(*args)
    print(repr(p), str(p), p.parts, repr(p.root), repr(p.anchor), repr(p.drive),
          p.is_absolute())

print(type(PurePath('a')).__name__, type(Path('a')).__name__,
      isinstance(Path('a'), PurePosixPath), PosixPath.__mro__[1].__name__)

for s in ['a/b.txt', 'a/b.tar.gz', 'a/.bashrc', 'a/b.', '/', '.', 'x..y', 'a/..', 'lib.so.1.2']:
    p = PurePosixPath(s)
    print(repr(s), repr(p.name), repr(p.suffix), p.suffixes, repr(p.stem),
          repr(p.parent), p.parent.parent)

p = PurePosixPath('/usr/local/lib/python3.11')
print(list(p.parents), len(p.parents), p.parents[0], p.parents[-1], p.parents[1:3])
print(p.parents, list(PurePosixPath('a/b').parents))
try:
    p.parents[4]
except IndexError as e:
    print('IndexError', e)

# joining
a = PurePosixPath('a')
print(a / 'b', a / 'b' / '/c', 'x' / a, a.joinpath('b', 'c'), a / PurePosixPath('q'))
print(a / os.fsdecode(b'z'))
for bad in [lambda: a / 3, lambda: 3 / a, lambda: PurePath(b'x'), lambda: PurePath(3)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)

# with_*
q = PurePosixPath('/d/file.tar.gz')
print(q.with_name('other.txt'), q.with_suffix('.bz2'), q.with_suffix(''),
      q.with_stem('new'), PurePosixPath('noext').with_suffix('.py'))
for f in [lambda: PurePosixPath('/').with_name('x'), lambda: q.with_name(''),
          lambda: q.with_name('a/b'), lambda: q.with_name('.'),
          lambda: q.with_suffix('txt'), lambda: q.with_suffix('.'),
          lambda: q.with_suffix('./a'), lambda: PurePosixPath('.').with_suffix('.x'),
          lambda: PurePosixPath('').with_stem('x')]:
    try:
        print(f())
    except ValueError as e:
        print('ValueError', e)

# relative_to
r = PurePosixPath('/etc/ssh/sshd_config')
print(r.relative_to('/'), r.relative_to('/etc'), r.relative_to('/etc', 'ssh'),
      r.is_relative_to('/etc'), r.is_relative_to('/usr'))
print(PurePosixPath('a/b').relative_to('a'), PurePosixPath('a/b').relative_to(''))
for f in [lambda: r.relative_to('/usr'), lambda: r.relative_to('etc'),
          lambda: PurePosixPath('a').relative_to('/a'), lambda: r.relative_to('')]:
    try:
        f()
    except ValueError as e:
        print('ValueError', e)
try:
    r.relative_to()
except TypeError as e:
    print('TypeError', e)

# match
for path, pat in [('a/b.py', '*.py'), ('/a/b/c.py', 'b/*.py'), ('/a/b/c.py', 'a/*.py'),
                  ('/a.py', '/*.py'), ('a/b.py', '/*.py'), ('b.py', 'a/*.py'),
                  ('a/b.PY', '*.py'), ('x/y', '*'), ('/', '/')]:
    print(path, pat, PurePosixPath(path).match(pat))
try:
    PurePosixPath('a').match('')
except ValueError as e:
    print('ValueError', e)

# comparisons and hashing
print(PurePosixPath('a/b') == PurePosixPath('a//b/'), PurePosixPath('a') == 'a',
      PurePosixPath('a') != PurePosixPath('A'), Path('a') == PurePosixPath('a'))
print(sorted([PurePosixPath(x) for x in ['b', '/z', 'a/c', 'a', '/a']]))
print(PurePosixPath('a') < PurePosixPath('b'), PurePosixPath('/a') < PurePosixPath('a'),
      PurePosixPath('a/b') >= PurePosixPath('a'))
print(hash(PurePosixPath('a/b')) == hash(PurePosixPath('a', 'b')),
      len({PurePosixPath('a'), PurePosixPath('a/'), Path('a')}))
try:
    PurePosixPath('a') < 'b'
except TypeError as e:
    print('TypeError', e)

# conversions
u = PurePosixPath('/tmp/a b/ü%.txt')
print(u.as_posix(), u.as_uri(), bytes(u), os.fspath(u), '%s' % u, f'{u!r}')
try:
    PurePosixPath('rel').as_uri()
except ValueError as e:
    print('ValueError', e)
print(copy.deepcopy(PurePosixPath('/x/y')), PurePosixPath('a').__reduce__())
print(PurePosixPath('x').is_reserved(), isinstance(PurePosixPath('a'), os.PathLike))
try:
    PurePosixPath('a').extra = 1
except AttributeError as e:
    print('AttributeError')
