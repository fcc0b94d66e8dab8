# shutil: copytree, ignore_patterns, rmtree (onerror, ignore_errors), move, which,
# disk_usage, get_terminal_size, chown argument checks.
import os
import shutil
import stat
import sys
import tempfile

tmp = tempfile.mkdtemp()
os.chdir(tmp)


def show(f):
    try:
        r = f()
    except OSError as e:
        text = str(e).replace(tmp, '<tmp>')
        print('  %s: %s' % (type(e).__name__, text))
    except Exception as e:
        print('  %s: %s' % (type(e).__name__, e))
    else:
        print('  ->', r)


def listing(top):
    out = []
    for here, dirs, files in os.walk(top):
        dirs.sort()
        for name in sorted(dirs + files):
            p = os.path.join(here, name)
            kind = 'L' if os.path.islink(p) else 'D' if os.path.isdir(p) else 'F'
            out.append('%s:%s' % (kind, os.path.relpath(p, top)))
    return ' '.join(out)


def make(path, text=''):
    os.makedirs(os.path.dirname(path) or '.', exist_ok=True)
    with open(path, 'w') as f:
        f.write(text or path)


for p in ['src/a.py', 'src/b.pyc', 'src/notes.txt', 'src/pkg/__init__.py', 'src/pkg/m.pyc',
          'src/pkg/deep/x.txt', 'src/__pycache__/c.pyc', 'src/tmp/t.tmp']:
    make(p)
os.symlink('a.py', 'src/link_a')
os.symlink('pkg', 'src/link_pkg')
os.chmod('src/notes.txt', 0o600)
os.utime('src/notes.txt', (5000, 6000))

show(lambda: shutil.copytree('src', 'c1'))
print(listing('c1'))
print(oct(stat.S_IMODE(os.stat('c1/notes.txt').st_mode)), os.stat('c1/notes.txt').st_mtime)
show(lambda: shutil.copytree('src', 'c1'))
show(lambda: shutil.copytree('src', 'c1', dirs_exist_ok=True))
show(lambda: shutil.copytree('src', 'c2', symlinks=True))
print(listing('c2'), os.readlink('c2/link_pkg'))
show(lambda: shutil.copytree('src', 'c3', ignore=shutil.ignore_patterns('*.pyc', '__pycache__', 't*')))
print(listing('c3'))
seen = []


def ign(d, names):
    seen.append((os.path.relpath(d, tmp), sorted(names)))
    return {'deep'}


show(lambda: shutil.copytree('src', 'c4', ignore=ign, copy_function=shutil.copy))
print(listing('c4'))
print(sorted(seen))
print(sorted(shutil.ignore_patterns('*.c', 'x*')('.', ['a.c', 'b.h', 'xy', 'c.c'])))
show(lambda: shutil.copytree('nosuch', 'c5'))
show(lambda: shutil.copytree('src/a.py', 'c5'))
os.symlink('gone', 'src/dangling')
show(lambda: shutil.copytree('src', 'c6'))
print(os.path.exists('c6/a.py'))
show(lambda: shutil.copytree('src', 'c7', ignore_dangling_symlinks=True))
show(lambda: shutil.copytree('src', 'c8', symlinks=True))
os.unlink('src/dangling')

# rmtree
show(lambda: shutil.rmtree('c1'))
print(os.path.exists('c1'))
show(lambda: shutil.rmtree('c1'))
show(lambda: shutil.rmtree('c1', ignore_errors=True))
show(lambda: shutil.rmtree('src/a.py'))
show(lambda: shutil.rmtree('c2/link_pkg'))
print(os.path.exists('c2/pkg/__init__.py'))
calls = []


def onerror(func, path, exc_info):
    calls.append((func.__name__, os.path.relpath(path, tmp), exc_info[0].__name__))


shutil.rmtree('c1', onerror=onerror)
shutil.rmtree('src/a.py', onerror=onerror)
shutil.rmtree('c2/link_pkg', onerror=onerror)
print(calls)
print(shutil.rmtree.avoids_symlink_attacks)
from pathlib import Path
shutil.rmtree(Path('c3'))
shutil.rmtree(os.path.join(tmp, 'c4'))
print(sorted(os.listdir('.')))

# move
make('m/file.txt', 'moving')
show(lambda: shutil.move('m/file.txt', 'm/renamed.txt'))
os.mkdir('target')
show(lambda: shutil.move('m/renamed.txt', 'target'))
make('m/renamed.txt')
show(lambda: shutil.move('m/renamed.txt', 'target'))
show(lambda: shutil.move('m/renamed.txt', 'target/'))
show(lambda: shutil.move('m', 'target'))
print(listing('target'))
show(lambda: shutil.move('target', 'target/m/inside'))
show(lambda: shutil.move('nosuch', 'x'))
show(lambda: shutil.move('target/', 'moved_dir'))
print(listing('moved_dir'))
if os.path.isdir('/dev/shm') and os.stat('/dev/shm').st_dev != os.stat(tmp).st_dev:
    # across file systems: copy then delete
    other = tempfile.mkdtemp(dir='/dev/shm')
    r = shutil.move('moved_dir', other)
    print(os.path.relpath(r, other), listing(os.path.join(other, 'moved_dir')))
    r = shutil.move(os.path.join(other, 'moved_dir'), 'back')
    print(r, listing('back'), os.path.exists(os.path.join(other, 'moved_dir')))
    shutil.rmtree(other)
else:
    print("moved_dir F:m/file.txt... (skipped)")

# which
os.mkdir('bin')
make('bin/tool', '#!/bin/sh\n')
os.chmod('bin/tool', 0o755)
make('bin/plain', 'x')
os.mkdir('bin/adir')
os.chmod('bin/adir', 0o755)
path = os.pathsep.join([os.path.join(tmp, 'bin'), '/nonexistent'])
print(os.path.relpath(shutil.which('tool', path=path), tmp), shutil.which('plain', path=path),
      shutil.which('adir', path=path), shutil.which('tool', path=''))
print(os.path.relpath(shutil.which('plain', mode=os.R_OK, path=path), tmp))
print(shutil.which('bin/tool'), shutil.which('bin/plain'), shutil.which('./bin/tool'))
print(shutil.which(b'tool', path=path) == os.fsencode(os.path.join(tmp, 'bin', 'tool')))
print(shutil.which('sh') is not None, shutil.which('no-such-program-here') is None)
os.environ['PATH'] = os.path.join(tmp, 'bin')
print(os.path.relpath(shutil.which('tool'), tmp))

# disk usage and terminal size
u = shutil.disk_usage(tmp)
print(type(u).__name__, u._fields, u.total >= u.used, u.total >= u.free, u.total > 0)
show(lambda: shutil.disk_usage('/nonexistent/x'))
os.environ['COLUMNS'] = '123'
os.environ['LINES'] = '45'
print(shutil.get_terminal_size(), shutil.get_terminal_size((10, 20)))
os.environ['COLUMNS'] = 'bad'
del os.environ['LINES']
print(shutil.get_terminal_size((10, 20)).columns > 0)

# chown checks (no privileges needed)
show(lambda: shutil.chown('bin/tool'))
show(lambda: shutil.chown('bin/tool', user='no-such-user-xyz'))
show(lambda: shutil.chown('bin/tool', group='no-such-group-xyz'))
show(lambda: shutil.chown('bin/tool', user=os.getuid(), group=os.getgid()))
show(lambda: shutil.chown('nosuch', user=os.getuid()))

os.chdir('/')
shutil.rmtree(tmp)
print(os.path.exists(tmp))
