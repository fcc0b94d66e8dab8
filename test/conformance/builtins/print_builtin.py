# print(): sep, end, file, flush
import io
import sys
print('a', 'b', 'c')
print('a', 'b', sep='')
print('a', 'b', sep=' -- ')
print('no newline', end='')
print(' | continued')
print('custom end', end='!\n')
print()
print(sep='x')
print('', end='')
print(1, 2.5, None, True, [1], (2,), {'k': 'v'}, b'x')
print('sep None means space', 'x', 'y', sep=None)
print('end None means newline', end=None)
print(*range(5))
print(*'abc', sep=',')
print(*[], sep='unused')
buf = io.StringIO()
print('to buffer', 42, file=buf)
print('second line', file=buf, end='')
print('buffer contents', repr(buf.getvalue()))
print('explicit stdout', file=sys.stdout)
print('file None means stdout', file=None)
print('flush ok', flush=True)
sys.stdout.write('sys.stdout.write returns ')
n = sys.stdout.write('count\n')
print('written count', n)
print('multiline\nstring\twith tab')
class S:
    def __str__(self): return 'S-str'
    def __repr__(self): return 'S-repr'
print(S(), [S()])
for bad in [dict(sep=1), dict(end=2), dict(file=5), dict(foo=1)]:
    try:
        print('x', **bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class Collector:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
c = Collector()
print('a', 'b', sep='+', end='$', file=c)
print('custom file object writes parts', c.parts)
print('unicode', 'héllo', '日本', '😀')
print('print returns', print('inner'))
big = io.StringIO()
for i in range(3):
    print(i, file=big, end=' ')
print(repr(big.getvalue()))
print('empty strings', '', '', sep='|')
