# glob (glob/iglob, recursive '**', hidden files, root_dir, escape) and
# fnmatch (fnmatch/fnmatchcase/filter/translate).
import fnmatch
import glob
import os

base = '/tmp/pys_glob_%d' % os.getpid()
for d in ('src/pkg/sub', 'src/.hid', 'docs', 'empty'):
    os.makedirs(os.path.join(base, d))
for f in ('src/a.py', 'src/b.py', 'src/c.txt', 'src/pkg/__init__.py', 'src/pkg/sub/deep.py', 'src/.hid/h.py',
          'src/.dot.py', 'docs/index.md', 'docs/[x].md', 'top.py'):
    with open(os.path.join(base, f), 'w') as fh:
        fh.write(f)
os.symlink('src', os.path.join(base, 'srclink'))
os.chdir(base)


def show(pattern, **kw):
    print(repr(pattern), kw or '', sorted(glob.glob(pattern, **kw)))


for p in ['*', '*.py', 'src/*.py', 'src/*', 'src/?.py', 'src/[ab].py', 'src/[!a].py', '*/*.py', '*/', 'src/*/',
          'nothing*', 'src', 'src/', 'nothing', 'src/a.py', 'src/a.py/', 'docs/[[]x].md', 'docs/*.md',
          'src//*.py', '*//a.py', 's*/p*/s*/*.py', 'src/.*', 'src/.*/*.py']:
    show(p)
print(sorted(p.replace(base, 'BASE') for p in glob.glob(base + '/s*')))
print(sorted(p.replace(base, 'BASE') for p in glob.glob(base + '/*/*.py')))
print([p.replace(base, 'BASE') for p in glob.glob(base + '/top.py')])

for p in ['**', '**/*.py', 'src/**', 'src/**/*.py', '**/', 'src/**/', '**/sub/*.py']:
    show(p, recursive=True)
show('**/*.py')
show('**/*.py', recursive=True, include_hidden=True)
show('*', include_hidden=True)
show('*.py', root_dir='src')
show('**/*.py', root_dir='src', recursive=True)
show(b'src/*.py')
show(b'**/*.md', recursive=True)

it = glob.iglob('src/*.py')
print(type(it).__name__ in ('generator', 'map', 'filter', 'chain'), sorted(it))
print(glob.escape('a*b?c[d]'), glob.escape(b'[x]'), glob.has_magic('a[b'), glob.has_magic('abc'))
print(glob.glob(glob.escape('docs/[x].md')))

names = ['a.py', 'b.txt', '.hidden', 'A.PY', 'abc', 'x-y', 'a]b']
for p in ['*.py', '*', '?.*', '[ab]*', '[!a]*', '*[-]*', 'a]b', '[]]*', '*.PY', '[a-c]??', '*[!.]*']:
    print(p, fnmatch.filter(names, p), fnmatch.fnmatch('a.py', p), fnmatch.fnmatchcase('A.PY', p))
for p in ['*.py', 'a*b*c', '?x', '[!a-c]', '[]]', '[', '[z-a]', '**', '*a*', '[a-c-e]', '[!z-a]', 'x[a-c]*[!0-9]?']:
    print(repr(p), repr(fnmatch.translate(p)))
print(fnmatch.fnmatch(b'abc.py', b'*.py'), fnmatch.filter([b'x', b'yy'], b'?'))

os.chdir('/')
for root, dirs, files in os.walk(base, topdown=False):
    for f in files:
        os.unlink(os.path.join(root, f))
    for d in dirs:
        p = os.path.join(root, d)
        (os.unlink if os.path.islink(p) else os.rmdir)(p)
os.rmdir(base)
