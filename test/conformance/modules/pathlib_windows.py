# pathlib.PureWindowsPath: drives, UNC shares, separators, case-insensitive
# comparison, joining rules, reserved names, URIs; WindowsPath refuses to exist.
from pathlib import PurePath, PurePosixPath, PureWindowsPath, WindowsPath, Path

W = PureWindowsPath
for args in [('c:/Windows',), ('c:\\Windows\\System32',), ('c:',), ('c:a/b',), ('/x',),
             ('//host/share/dir/f.txt',), ('//host/share',), ('\\\\host',),
             ('//?/c:/x',), ('//?/UNC/host/share/d',), ('a', 'b'), ('c:/a', '/b'),
             ('c:/a', 'd:b'), ('c:a', 'c:b'), ('c:/a', 'x', '/y'), ('',), ('.\\a\\.\\b',),
             (PurePosixPath('p/q'), 'r'), ('C:/A', 'b/'), ('///triple',)]:
    p = W(*args)
    print(repr(p), str(p), p.parts, repr(p.drive), repr(p.root), repr(p.anchor),
          p.is_absolute(), repr(p.name), p.parent)

a = W('c:/Dir')
print(a / 'sub', a / '/abs', a / 'd:/other', a / 'C:rel', a / 'd:rel', a.joinpath('x', 'y'),
      'q' / W('r'), W('c:x') / 'c:y')
print(W('C:/A/B') == W('c:/a/b'), W('a') == PurePosixPath('a'), hash(W('AB')) == hash(W('ab')),
      sorted([W('b'), W('A'), W('c:/z'), W('C:/a')]))
try:
    W('a') < PurePosixPath('b')
except TypeError as e:
    print('TypeError', e)
print(list(W('c:/a/b').parents), list(W('//h/s/x').parents), W('c:/a/b').parents)
print(W('C:/Users/Me/f.txt').relative_to('c:/users'), W('c:/a/b').relative_to('c:'),
      W('c:a/b').relative_to('c:'), W('c:/a').is_relative_to('d:/'))
for f in [lambda: W('c:/a').relative_to('d:/a'), lambda: W('c:/a').relative_to('a')]:
    try:
        f()
    except ValueError as e:
        print('ValueError', e)
print(W('c:/a/b.PY').match('*.py'), W('c:/a/b.py').match('C:/*/*.py'), W('c:/a/b.py').match('d:/*/*.py'),
      W('//h/s/a.txt').match('//H/S/*.txt'), W('b.py').match('/*.py'))
print(W('c:/a b/ü.txt').as_uri(), W('//host/share/a b').as_uri(), W('c:/').as_uri())
for f in [lambda: W('c:a').as_uri(), lambda: W('/a').as_uri(), lambda: W('c:/x').with_name('a\\b'),
          lambda: W('c:/x').with_name('a/b'), lambda: W('c:/x').with_name('d:'),
          lambda: W('c:/x').with_suffix('.a\\b'), lambda: W('c:/').with_name('x'),
          lambda: W('c:/x').with_suffix('a')]:
    try:
        print(f())
    except ValueError as e:
        print('ValueError', e)
print(W('c:/a/f.tar.gz').with_name('g'), W('c:/a/f.tar.gz').with_suffix('.bz2'), W('c:/a/f.tar.gz').stem,
      W('c:/a/f.tar.gz').suffixes, W('c:/a/f').with_stem('h'))
for n in ['nul', 'c:/x/NUL.txt', 'con', 'aux:', 'com1', 'COM\xb9', 'lpt9.log', 'x/con ', 'conx',
          '//h/s/nul', '', 'c:/', 'a/../nul']:
    print(repr(n), W(n).is_reserved(), end='; ')
print()
print(W('c:/a/b').as_posix(), repr(W('c:\\a')), bytes(W('c:/a')), str(PurePath('a\\b')),
      W('c:/a').__reduce__(), W('a') == W('A'), W('A').name)
try:
    WindowsPath('x')
except NotImplementedError as e:
    print('NotImplementedError', e)
print(issubclass(WindowsPath, PureWindowsPath), issubclass(WindowsPath, Path), str(PurePosixPath(W('c:/a'))),
      str(W(PurePosixPath('/a/b'))))
