// The example scripts in scripts/ run under pys on a real tree of files and
// print what CPython prints for them (expected texts checked with python3).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../../../src/host/fs';

const root = packageRoot(__dirname);
const bin = join(root, 'bin', 'pys.js');
const script = (name: string) => join(root, 'scripts', name);

function pys(args: string[], cwd: string): string {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });
  assert.is(r.stderr, '', `stderr of ${args.join(' ')}`);
  assert.is(r.status, 0, `status of ${args.join(' ')}`);
  return r.stdout;
}

function makeTree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pys-scripts-'));
  const t = join(dir, 'tree');
  mkdirSync(join(t, 'sub', 'deeper'), { recursive: true });
  writeFileSync(join(t, 'a.py'), 'x'.repeat(99) + '\n');
  writeFileSync(join(t, 'b.txt'), 'y'.repeat(9) + '\n');
  writeFileSync(join(t, 'sub', 'c.py'), 'z'.repeat(249) + '\n');
  writeFileSync(join(t, 'sub', 'd.txt'), 'w'.repeat(4) + '\n');
  writeFileSync(join(t, 'sub', 'deeper', 'e.py'), 'v'.repeat(41) + '\n');
  return dir;
}

test('largest.pys: the biggest files, all or by extension', () => {
  const dir = makeTree();
  try {
    assert.is(pys([script('largest.pys'), 'tree', '3'], dir), '       250  sub/c.py\n       100  a.py\n        42  sub/deeper/e.py\n');
    assert.is(pys([script('largest.pys'), 'tree', '10', '.txt'], dir), '        10  b.txt\n         5  sub/d.txt\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('find.pys: a find-like generator over the tree', () => {
  const dir = makeTree();
  try {
    assert.is(pys([script('find.pys'), '*.py', 'tree'], dir), 'a.py\nsub/c.py\nsub/deeper/e.py\n');
    assert.is(pys([script('find.pys'), 'd*', 'tree'], dir), 'sub/d.txt\nsub/deeper\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('tree.pys: an indented listing with totals', () => {
  const dir = makeTree();
  try {
    assert.is(pys([script('tree.pys'), 'tree'], dir), [
      'tree/', '    sub/', '        deeper/', '            e.py (42)', '        c.py (250)', '        d.txt (5)',
      '    a.py (100)', '    b.txt (10)', '2 directories, 5 files, 407 bytes', '',
    ].join('\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('pack.pys and unpack.pys round-trip text files', () => {
  const dir = makeTree();
  try {
    const packed = pys([script('pack.pys'), 'a.py', 'sub/c.py'], join(dir, 'tree'));
    assert.ok(packed.startsWith('::::::::::a.py\n'));
    writeFileSync(join(dir, 'packed.txt'), packed);
    mkdirSync(join(dir, 'out', 'sub'), { recursive: true });
    assert.is(pys([script('unpack.pys'), '../packed.txt'], join(dir, 'out')), 'creating: a.py\ncreating: sub/c.py\n');
    assert.is(readFileSync(join(dir, 'out', 'a.py'), 'utf8'), readFileSync(join(dir, 'tree', 'a.py'), 'utf8'));
    assert.is(readFileSync(join(dir, 'out', 'sub', 'c.py'), 'utf8'), readFileSync(join(dir, 'tree', 'sub', 'c.py'), 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
