// src/host/fifos.ts: kernel pipes made ahead as fifos in a private directory.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import * as fifos from '../../../src/host/fifos';

function base(): string {
  try {
    fs.accessSync('/dev/shm', fs.constants.W_OK);
    return '/dev/shm';
  } catch {
    return os.tmpdir();
  }
}

async function pipes(k: number): Promise<fifos.Pair[]> {
  const token = fifos.requestPipes(k);
  for (;;) {
    const r = fifos.takePipes(token);
    if (typeof r === 'string') throw new Error(r);
    if (r) return r;
    await new Promise<void>((resolve) => fifos.onMade(resolve));
  }
}

test('the directory of a process that died is swept; ours is private', async () => {
  const dead = spawnSync('true').pid!;
  const stale = path.join(base(), `.pys-fifos-${dead}-unittest`);
  fs.mkdirSync(stale, { recursive: true });
  fs.writeFileSync(path.join(stale, '1'), '');
  const [[r, w]] = await pipes(1);
  assert.not.ok(fs.existsSync(stale));
  const mine = fs.readdirSync(base()).filter((n) => n.startsWith(`.pys-fifos-${process.pid}-`));
  assert.is(mine.length, 1);
  assert.is(fs.statSync(path.join(base(), mine[0])).mode & 0o777, 0o700);
  // what is left there are fifos made ahead, not the ones handed out
  for (const n of fs.readdirSync(path.join(base(), mine[0]))) assert.ok(fs.statSync(path.join(base(), mine[0], n)).isFIFO());
  assert.ok(fs.fstatSync(r).isFIFO());
  fs.writeSync(w, 'x');
  const b = Buffer.alloc(4);
  assert.is(fs.readSync(r, b, 0, 4, null), 1);
  fifos.closeFds([r, w]);
});

test('pipes beyond one batch, each a pipe of its own', async () => {
  const got: fifos.Pair[] = [];
  for (let i = 0; i < 100; i++) got.push(...(await pipes(1)));
  const fds = new Set(got.flat());
  assert.is(fds.size, 200);
  fs.writeSync(got[42][1], 'only here');
  const b = Buffer.alloc(32);
  assert.is(b.subarray(0, fs.readSync(got[42][0], b, 0, 32, null)).toString(), 'only here');
  fifos.closeFds(got.flat());
});

test.run();
