// sys.stdin on a pipe whose writer is slow: the Python thread reading it
// parks, and the others (and signal handlers) go on meanwhile.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn, execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const pys = join(process.cwd(), 'bin/pys.js');
const dir = fs.mkdtempSync(join(tmpdir(), 'pys-stdin-'));
let fifoN = 0;

/** Starts pys on `code` with a real pipe (a fifo) as stdin; `feed` is
 * called with the output so far at each stdout chunk, and writes to stdin
 * through `send` (null: end of input). Node's own stdio 'pipe' would be a
 * socket pair. */
function runPys(code: string, feed: (out: string, send: (s: string | null) => void) => void): Promise<{ out: string; status: number | null }> {
  const fifo = join(dir, `fifo${++fifoN}`);
  execFileSync('mkfifo', [fifo]);
  // opening for reading and writing does not wait for the other end (Linux)
  let w = fs.openSync(fifo, 'r+');
  const r = fs.openSync(fifo, 'r');
  const send = (s: string | null) => {
    if (w < 0) return;
    if (s === null) {
      fs.closeSync(w);
      w = -1;
    } else fs.writeSync(w, s);
  };
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [pys, '-c', code], { stdio: [r, 'pipe', 'inherit'] });
    fs.closeSync(r);
    let out = '';
    const stdout = child.stdout!;
    stdout.setEncoding('utf8');
    stdout.on('data', (d: string) => {
      out += d;
      feed(out, send);
    });
    child.on('close', (status) => {
      send(null);
      resolve({ out, status });
    });
  });
}

test('input() on an empty pipe parks only the main thread', async () => {
  const code = [
    'import sys, threading, time',
    'def tick():',
    '    for i in range(3): time.sleep(0.05); print("tick", i, flush=True)',
    'threading.Thread(target=tick).start()',
    'print("got", repr(input("name? ")), flush=True)',
    'print("line", repr(sys.stdin.readline()), flush=True)',
    'print("rest", repr(sys.stdin.read()))',
  ].join('\n');
  let sent = 0;
  const r = await runPys(code, (out, send) => {
    // the answers go only once the other thread has printed while the
    // main thread waited
    if (sent === 0 && out.includes('tick 2')) {
      sent = 1;
      send('bob\n');
    } else if (sent === 1 && out.includes('got')) {
      sent = 2;
      send('second\nthe ');
      setTimeout(() => {
        send('end');
        send(null);
      }, 50);
    }
  });
  assert.is(r.out, "name? tick 0\ntick 1\ntick 2\ngot 'bob'\nline 'second\\n'\nrest 'the end'\n");
  assert.is(r.status, 0);
});

test('a signal handler runs while input() waits on a pipe; EOFError at the end', async () => {
  const code = [
    'import signal, os',
    'def on_alarm(sig, frame): print("alarm", flush=True)',
    'signal.signal(signal.SIGALRM, on_alarm)',
    'signal.setitimer(signal.ITIMER_REAL, 0.05)',
    'try:',
    '    input()',
    'except EOFError as e:',
    '    print("EOFError", e)',
  ].join('\n');
  const r = await runPys(code, (out, send) => {
    if (out.includes('alarm')) send(null);
  });
  assert.is(r.out, 'alarm\nEOFError EOF when reading a line\n');
  assert.is(r.status, 0);
});

test('a thread waiting in input() does not keep the process from ending', async () => {
  const code = 'import threading, time\nthreading.Thread(target=input, daemon=True).start()\ntime.sleep(0.05)\nprint("done")';
  const r = await runPys(code, () => {});
  assert.is(r.out, 'done\n');
  assert.is(r.status, 0);
});

test.after(() => fs.rmSync(dir, { recursive: true, force: true }));

test.run();
