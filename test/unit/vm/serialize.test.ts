// Rule 1: the state of a paused interpreter (heap, modules, frames mid-loop,
// a suspended generator) is serialized, restored into a fresh interpreter
// in a new Node process, and runs on to the same output as an
// uninterrupted run.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { Pys } from '../../../src/embed';
import { packageRoot } from '../../../src/host/fs';

const PROGRAM = `
def squares(n):
    for i in range(n):
        yield i * i
class Acc:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
g = squares(10 ** 9)
acc = Acc()
table = {(1, 2): 'tuple key', 'k': [1, 2.5, None], frozenset([3]): 'fs'}
di = iter({'a': 1, 'b': 2, 'c': 3}.items())  # a dict iterator part-way
first = next(di)
total = 0
i = 0
while i < 2000000:
    total += next(g) % 7
    if i % 500000 == 0:
        acc.add(i)
    i += 1
fresh = Acc()  # a restored class instantiated, a restored dict updated
fresh.add(len(acc.items))
table[(1, 2)] = 'updated'
acc.tag = 'after'  # a restored instance dict (split, see Shape) grows
print(total, acc.items, fresh.items, table[(1, 2)], table['k'], table[frozenset([3])], next(g), vars(acc), vars(fresh), first, list(di))
`;

test('a paused interpreter continues in another process', async () => {
  const full: string[] = [];
  await new Pys({ stdout: (s) => full.push(s) }).run(PROGRAM);

  const before: string[] = [];
  const py = new Pys({ stdout: (s) => before.push(s) });
  const done = py.run(PROGRAM);
  await new Promise((r) => setTimeout(r, 100));
  await py.pause();
  const state = py.serialize();
  void done;
  const dir = mkdtempSync(join(tmpdir(), 'pys-ser-'));
  const file = join(dir, 'state.json');
  writeFileSync(file, state);
  const root = packageRoot(__dirname);
  const script = `
const { Pys } = require(${JSON.stringify(join(root, 'dist', 'index.js'))});
const state = require('fs').readFileSync(${JSON.stringify(file)}, 'utf8');
const py = Pys.restore(state, { stdout: (s) => process.stdout.write(s) });
py.resume().then((r) => process.exit(r.exitCode));
`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  assert.is(r.stderr, '');
  assert.is(r.status, 0);
  assert.ok(before.join('') === '', 'paused before the end');
  assert.is(r.stdout, full.join(''));
});

test.run();
