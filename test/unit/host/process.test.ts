// src/host/process.ts: children on real pipes, polled the way the parked
// Python threads poll them (take* answers null until data or EOF arrives).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as host from '../../../src/host/process';

/** Resolves with f()'s first non-null answer, looking again at each event. */
function until<T>(f: () => T | null): Promise<T> {
  return new Promise((resolve) => {
    const look = () => {
      const r = f();
      if (r !== null) resolve(r);
      else host.onEvent(look);
    };
    look();
  });
}

async function pipes(k: number): Promise<[number, number][]> {
  const token = host.requestPipes(k);
  const r = await until(() => host.takePipes(token));
  if (typeof r === 'string') throw new Error(r);
  return r;
}

test('a child on real pipes: output, exit status, EOF', async () => {
  const r = host.spawnChild('sh', ['sh', '-c', 'echo out; echo err >&2; exit 3'], undefined, undefined, ['ignore', 'pipe', 'pipe'], await pipes(2));
  assert.type(r, 'object');
  const s = r as host.Spawned;
  const out = await until(() => host.pipeTake(s.pipes[1], -1));
  const err = await until(() => host.pipeTake(s.pipes[2], -1));
  assert.is(Buffer.from(out).toString(), 'out\n');
  assert.is(Buffer.from(err).toString(), 'err\n');
  assert.is(await until(() => host.returnCode(s.proc) ?? null), 3);
  host.pipeClose(s.pipes[1]);
  host.pipeClose(s.pipes[2]);
});

test('stdin pipe, lines, and stderr joined to stdout', async () => {
  const r = host.spawnChild('sh', ['sh', '-c', 'cat; echo e >&2'], undefined, undefined, ['pipe', 'pipe', 'stdout'], await pipes(2)) as host.Spawned;
  host.pipeWrite(r.pipes[0], Buffer.from('a\nb\n'), true);
  assert.is(Buffer.from(await until(() => host.pipeTakeLine(r.pipes[1], -1))).toString(), 'a\n');
  assert.is(Buffer.from(await until(() => host.pipeTake(r.pipes[1], -1))).toString(), 'b\ne\n');
  assert.is(await until(() => host.returnCode(r.proc) ?? null), 0);
});

test('signals give negative returncodes; missing programs an errno name', async () => {
  const r = host.spawnChild('sleep', ['sleep', '5'], undefined, undefined, ['ignore', 'ignore', 'ignore']) as host.Spawned;
  assert.ok(host.signalChild(r.proc, 9));
  assert.is(await until(() => host.returnCode(r.proc) ?? null), -9);
  assert.is(host.spawnChild('no-such-program-pys', ['x'], undefined, undefined, ['ignore', 'ignore', 'ignore']), 'ENOENT');
  assert.is(host.spawnChild('true', ['true'], '/no/such/dir', undefined, ['ignore', 'ignore', 'ignore']), 'cwd:ENOENT');
});

test.run();
