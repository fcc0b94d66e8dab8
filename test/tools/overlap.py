"""Reports how many non-trivial lines of our stdlib's .py/.pys files also
occur in CPython's standard library on this machine.

The project rule is that CPython's library may be read to learn behaviour
but never copied. Signatures, error messages and constants legitimately
coincide; a file where most lines coincide was reproduced, not written.

    python3 test/tools/overlap.py [--max PCT] [FILE...]

Exits 1 when a file is above --max percent (default: report only).
"""
import glob
import os
import sys
import sysconfig

MIN_LEN = 25


def significant(line):
    s = line.strip()
    return len(s) > MIN_LEN and not s.startswith('#')


def cpython_lines():
    lib = sysconfig.get_paths()['stdlib']
    seen = set()
    for f in glob.glob(os.path.join(lib, '**', '*.py'), recursive=True):
        if 'site-packages' in f or '/test/' in f:
            continue
        try:
            with open(f, encoding='utf-8', errors='replace') as fh:
                seen.update(l.strip() for l in fh if significant(l))
        except OSError:
            pass
    return seen


def main(argv):
    limit = None
    if argv[:1] == ['--max']:
        limit = float(argv[1])
        argv = argv[2:]
    root = os.path.join(os.path.dirname(__file__), '..', '..', 'stdlib')
    files = argv or sorted(glob.glob(os.path.join(root, '**', '*.py'), recursive=True)
                           + glob.glob(os.path.join(root, '**', '*.pys'), recursive=True))
    theirs = cpython_lines()
    bad = 0
    total = common = 0
    for f in files:
        with open(f, encoding='utf-8') as fh:
            mine = [l.strip() for l in fh if significant(l)]
        n = sum(1 for l in mine if l in theirs)
        pct = 100.0 * n / max(1, len(mine))
        total += len(mine)
        common += n
        flag = ''
        if limit is not None and pct > limit and len(mine) >= 20:
            flag = '  <-- over'
            bad += 1
        print(f'{os.path.relpath(f):45} {len(mine):5} lines {n:5} shared {pct:5.1f}%{flag}')
    print(f'total {total} lines, {common} shared ({100.0 * common / max(1, total):.1f}%)')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
