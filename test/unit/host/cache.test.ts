// The compile cache's storage (src/host/cache.ts): keys, entries checked
// against their whole source, and V8 code caches kept only for the writing
// of the entry they were made for.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as vm from 'node:vm';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = fs.mkdtempSync(join(tmpdir(), 'pys-cache-test-'));
process.env.PYS_CACHE_DIR = dir;
delete process.env.PYS_NO_CACHE;
// eslint-disable-next-line @typescript-eslint/no-var-requires
const cache = require('../../../src/host/cache') as typeof import('../../../src/host/cache');

test('keys: stable, and different for different names, modes and sources', () => {
  const src = 'x = 1\n'.repeat(100);
  const k = cache.cacheKey(['b1', 'a.py', 'exec', '0', src]);
  assert.is(k, cache.cacheKey(['b1', 'a.py', 'exec', '0', src]));
  assert.match(k, /^[0-9a-f]{16}$/);
  assert.is.not(k, cache.cacheKey(['b1', 'b.py', 'exec', '0', src]));
  assert.is.not(k, cache.cacheKey(['b2', 'a.py', 'exec', '0', src]));
  assert.is.not(k, cache.cacheKey(['b1', 'a.py', 'eval', '0', src]));
  assert.is.not(k, cache.cacheKey(['b1', 'a.py', 'exec', '0', src.replace('x = 1\n', 'x = 2\n')]));
  assert.is.not(k, cache.cacheKey(['b1', 'a.py', 'exec', '0', src + ' ']));
  // parts are delimited: moving text between them changes the key
  assert.is.not(cache.cacheKey(['ab', 'c']), cache.cacheKey(['a', 'bc']));
  // a long source: its length and its last character always count
  const big = 'y = 2\n'.repeat(5000);
  const kb = cache.cacheKey(['b1', 'a.py', 'exec', '0', big]);
  assert.is.not(kb, cache.cacheKey(['b1', 'a.py', 'exec', '0', big.slice(0, -1) + ' ']));
  assert.is.not(kb, cache.cacheKey(['b1', 'a.py', 'exec', '0', big + 'z = 3\n']));
});

test('an entry is returned only for exactly its source', () => {
  const key = 'feedfacefeedface';
  assert.is(cache.cacheRead(key, 'a = 1\n'), null);
  cache.cacheWrite(key, 'a = 1\n', '{"data":1}');
  assert.is(cache.cacheRead(key, 'a = 1\n'), '{"data":1}');
  assert.is(cache.cacheRead(key, 'a = 2\n'), null);
  assert.is(cache.cacheRead(key, 'a = 1\n\n'), null);
  // an entry in the old format (no stamp) is not used
  fs.writeFileSync(join(dir, key + '.json'), '6\na = 1\n{"data":1}');
  assert.is(cache.cacheRead(key, 'a = 1\n'), null);
});

test('a V8 code cache made for another writing of the entry is not used', () => {
  const key = '0123456789abcdef';
  const wrap = (js: string) => `(function (R, K, HS, PS) {${js}\n})`;
  // the code cache of a unit whose JS has the same length as the next one:
  // V8 itself would accept it for the other
  const old = new vm.Script(wrap('return 111;'), { filename: `pys-unit-${key}.js` });
  (old.runInThisContext() as () => number)();
  cache.cacheWrite(key, 'src1', 'd1');
  assert.is(cache.cacheRead(key, 'src1'), 'd1');
  const stamp1 = fs.readFileSync(join(dir, key + '.json'), 'utf8').split('\n')[0].split(' ')[1];
  fs.writeFileSync(join(dir, key + '.v8'), Buffer.concat([Buffer.from(`pys-v8 ${stamp1}\n`), old.createCachedData()]));
  // the entry is written again (the file's source changed): a new stamp
  cache.cacheWrite(key, 'src2', 'd2');
  assert.is(cache.cacheRead(key, 'src2'), 'd2');
  const f = cache.unitMaker(key)('return 222;') as () => number;
  assert.is(f(), 222);
});

test.after(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

test.run();
