# Differential test of syntax errors: takes valid pieces of CPython's
# library, breaks them at random (deletes, inserts, duplicates, swaps) and
# records the SyntaxError CPython 3.11 reports. astdump-errors-compare.ts
# then checks that pys reports the same kind, message, line and column.
# Usage: python3 test/tools/astdump-errors.py [SEED] [COUNT] > /tmp/errors.json
import ast, json, os, random, sys, warnings

warnings.simplefilter('ignore')
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
count = int(sys.argv[2]) if len(sys.argv) > 2 else 3000
root = os.path.dirname(os.__file__)
files = sorted(os.path.join(root, f) for f in os.listdir(root) if f.endswith('.py'))
INSERTS = ['(', ')', '[', ']', '{', '}', "'", '"', ':', ',', '=', '\n', '    ', '\t', '\\', 'if ', ' in ',
           'lambda', '*', '**', '.', '#', 'f"{', '}']


def valid(src):
    try:
        ast.parse(src)
        return True
    except Exception:
        return False


out = []
while len(out) < count:
    try:
        lines = open(random.choice(files), encoding='utf-8').read().split('\n')
    except (OSError, UnicodeDecodeError):
        continue
    i = random.randrange(len(lines))
    chunk = lines[i:i + random.randint(1, 12)]
    ind = len(chunk[0]) - len(chunk[0].lstrip())
    src = '\n'.join(l[ind:] if l[:ind].strip() == '' else l for l in chunk) + '\n'
    if not valid(src):
        continue
    for _ in range(random.randint(1, 3)):
        k, p = random.randrange(4), random.randrange(len(src) + 1)
        if k == 0:
            src = src[:p] + src[p + random.randint(1, 4):]
        elif k == 1:
            src = src[:p] + random.choice(INSERTS) + src[p:]
        elif k == 2:
            q = min(len(src), p + random.randint(1, 6))
            src = src[:p] + src[p:q] + src[p:]
        else:
            ls = src.split('\n')
            a, b = random.randrange(len(ls)), random.randrange(len(ls))
            ls[a], ls[b] = ls[b], ls[a]
            src = '\n'.join(ls)
    try:
        ast.parse(src)
    except SyntaxError as e:
        out.append({'src': src, 'kind': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset})
    except Exception:
        pass
json.dump(out, sys.stdout)
