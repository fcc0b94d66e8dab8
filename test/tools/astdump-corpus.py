# Writes CPython's ast.dump of Python files, one JSON object per line:
#   {"path": ..., "dump": ...[, "attrs": ...]}   (files CPython cannot parse are skipped)
# Used by astdump-compare.ts to compare pys's parser with CPython's.
# Usage: python3 test/tools/astdump-corpus.py [--attributes] [--ascii-only] ROOT... > corpus.jsonl
import ast, json, os, sys, warnings

warnings.simplefilter('ignore')
args = [a for a in sys.argv[1:] if not a.startswith('--')]
attrs = '--attributes' in sys.argv
ascii_only = '--ascii-only' in sys.argv
for root in args:
    paths = [root] if os.path.isfile(root) else sorted(
        os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs if f.endswith('.py'))
    for path in paths:
        if 'lib2to3/tests/data' in path:
            continue
        try:
            with open(path, 'rb') as fh:
                raw = fh.read()
            src = raw.decode('utf-8')
            if ascii_only and not src.isascii():
                continue
            tree = ast.parse(src, path)
        except (SyntaxError, UnicodeDecodeError, ValueError, RecursionError, MemoryError):
            continue
        rec = {'path': path, 'dump': ast.dump(tree)}
        if attrs:
            rec['attrs'] = ast.dump(tree, include_attributes=True)
        print(json.dumps(rec))
