# shutil: copyfileobj, copyfile, copymode, copystat, copy, copy2 and their errors.
import io
import os
import shutil
import stat
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


def mode(p):
    return oct(stat.S_IMODE(os.stat(p).st_mode))


src = io.BytesIO(b'x' * 100000)
dst = io.BytesIO()
shutil.copyfileobj(src, dst)
print(len(dst.getvalue()))
src = io.StringIO('abcdefghij')
out = io.StringIO()
shutil.copyfileobj(src, out, 3)
print(out.getvalue())

with open('a.txt', 'w') as f:
    f.write('hello\n' * 3)
os.chmod('a.txt', 0o640)
os.utime('a.txt', (1000000000, 1200000000))
show(lambda: shutil.copyfile('a.txt', 'b.txt'))
print(open('b.txt').read() == open('a.txt').read(), mode('b.txt') != mode('a.txt') or 'same')
show(lambda: shutil.copyfile('a.txt', 'a.txt'))
show(lambda: shutil.copyfile('a.txt', './a.txt'))
show(lambda: shutil.copyfile('missing', 'c.txt'))
os.mkdir('d')
show(lambda: shutil.copyfile('a.txt', 'd'))
show(lambda: shutil.copyfile('a.txt', 'nodir/x'))
show(lambda: shutil.copyfile('d', 'e'))
os.system('mkfifo fifo')  # os.mkfifo may be missing
show(lambda: shutil.copyfile('fifo', 'f2'))
show(lambda: shutil.copyfile('a.txt', 'fifo'))

shutil.copymode('a.txt', 'b.txt')
print(mode('b.txt'))
show(lambda: shutil.copymode('missing', 'b.txt'))
print(os.stat('b.txt').st_mtime == os.stat('a.txt').st_mtime)
shutil.copystat('a.txt', 'b.txt')
print(os.stat('b.txt').st_mtime, mode('b.txt'))

show(lambda: shutil.copy('a.txt', 'd'))
print(sorted(os.listdir('d')), mode('d/a.txt'), os.stat('d/a.txt').st_mtime == 1200000000)
show(lambda: shutil.copy2('a.txt', 'd/c.txt'))
print(mode('d/c.txt'), os.stat('d/c.txt').st_mtime)
show(lambda: shutil.copy2('a.txt', 'd/'))

# symlinks
os.symlink('a.txt', 'link')
show(lambda: shutil.copyfile('link', 'deref.txt'))
print(os.path.islink('deref.txt'))
show(lambda: shutil.copyfile('link', 'link2', follow_symlinks=False))
print(os.path.islink('link2'), os.readlink('link2'))
show(lambda: shutil.copy('link', 'link3', follow_symlinks=False))
print(os.path.islink('link3'))
show(lambda: shutil.copy2('link', 'link4', follow_symlinks=False))
print(os.path.islink('link4'))
show(lambda: shutil.copystat('link', 'link4', follow_symlinks=False))
show(lambda: shutil.copyfile('a.txt', 'link'))

# path-like arguments
from pathlib import Path
show(lambda: type(shutil.copy(Path('a.txt'), Path('p.txt'))).__name__)
show(lambda: shutil.copy(Path('a.txt'), Path('d')))
show(lambda: shutil.copyfile(Path('a.txt'), Path('a.txt')))

print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError),
      issubclass(shutil.SpecialFileError, OSError), shutil.COPY_BUFSIZE)
os.chdir('/')
shutil.rmtree(tmp)
print(os.path.exists(tmp))
