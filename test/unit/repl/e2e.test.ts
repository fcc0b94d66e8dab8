// The interactive prompt end to end: `node bin/pys.js` on a real
// pseudo-terminal (a private tmux server), typed at as a user would, the
// screen read back. Each step waits for what it expects on the screen
// (generous timeout), never for a fixed time.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// the test runner starts each test file in the repository's root
const root = process.cwd();
const TMUX = '/usr/bin/tmux';
const haveTmux = existsSync(TMUX) && spawnSync(TMUX, ['-V']).status === 0;
const dir = mkdtempSync(join(tmpdir(), 'pys-repl-'));
// a fresh tmux server (socket) per session: a new one started on the socket
// of a server still shutting down can fail
let sockN = 0;
let sock = join(dir, 'tmux0.sock');
const historyFile = join(dir, 'history');

function tmux(...args: string[]): string {
  return execFileSync(TMUX, ['-S', sock, '-f', '/dev/null', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The screen's text, trailing blank lines dropped. */
function screen(): string {
  return tmux('capture-pane', '-p', '-t', 'repl').replace(/\s+$/, '');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until the screen satisfies `want` (a regex or "ends with" text). */
async function waitFor(want: RegExp | string, timeout = 15000): Promise<string> {
  const deadline = Date.now() + timeout;
  let s = '';
  for (;;) {
    s = screen();
    if (typeof want === 'string' ? s.endsWith(want) : want.test(s)) return s;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${want}; screen:\n${s}`);
    await sleep(30);
  }
}

/** Types literal text (no Enter). */
function type(text: string): void {
  tmux('send-keys', '-t', 'repl', '-l', text);
}

function key(...names: string[]): void {
  tmux('send-keys', '-t', 'repl', ...names);
}

/** Types a line, then waits for the screen to end with `expect`. */
async function line(text: string, expect: RegExp | string): Promise<string> {
  type(text);
  key('Enter');
  return waitFor(expect);
}

function start(command: string, env: Record<string, string> = {}): void {
  sock = join(dir, `tmux${++sockN}.sock`);
  const vars = { PYS_HISTORY: historyFile, PYS_DIST: process.env.PYS_DIST ?? '', ...env };
  const prefix = Object.entries(vars).map(([k, v]) => `${k}='${v}'`).join(' ');
  tmux('new-session', '-d', '-s', 'repl', '-x', '100', '-y', '40', '-c', root,
    `env ${prefix} ${command}; echo "[exit $?]"; sleep 60`);
}

function stop(): void {
  try {
    tmux('kill-server');
  } catch {
    // already gone
  }
}

if (!haveTmux) {
  test('tmux is missing: the terminal tests are skipped', () => {});
} else {
  test('a session: banner, def, expression, errors, Ctrl-C, completion, history, Ctrl-D', async () => {
    start(`${process.execPath} bin/pys.js`);
    try {
      const banner = await waitFor(/^>>>$/m);
      assert.match(banner, /^Python 3\.11\.\d+ \(pys [^)]+\) \[Node\.js v\d+[^\]]*\] on linux$/m);
      assert.match(banner, /Type "help", "copyright", "credits" or "license" for more information\./);

      await line('def twice(x):', '...');
      await line('    return x * 2', /return x \* 2\n\.\.\.$/);
      await line('', /\.\.\.\n>>>$/);
      await line('twice(21)', 'twice(21)\n42\n>>>');
      await line('_ + 1', '_ + 1\n43\n>>>');
      await line('None', 'None\n>>>');

      await line('x = = 1', '    x = = 1\n        ^\nSyntaxError: invalid syntax\n>>>');
      const tb = await line('1/0', /ZeroDivisionError: division by zero\n>>>$/);
      assert.match(tb, /Traceback \(most recent call last\):\n {2}File "<stdin>", line 1, in <module>\n/);

      // Ctrl-C stops a running loop with KeyboardInterrupt, back to the
      // prompt (the loop announces itself: Ctrl-C is sent once it runs)
      await line('def spin():', '...');
      await line('    print("spinning")', '...');
      await line('    while True: pass', /while True: pass\n\.\.\.$/);
      await line('', /\.\.\.\n>>>$/);
      await line('spin()', 'spin()\nspinning');
      key('C-c');
      const ki = await waitFor(/KeyboardInterrupt\n>>>$/);
      assert.match(ki, /File "<stdin>", line 1, in <module>\n(.*\n)*? {2}File "<stdin>", line 3, in spin\n/);
      await line('"still alive"', "'still alive'\n>>>");

      // and at the prompt it drops the line being typed
      type('abandoned');
      key('C-c');
      await waitFor('>>> abandoned^C\nKeyboardInterrupt\n>>>');

      // tab completion of an attribute, then of a global
      await line('import os', 'import os\n>>>');
      type('os.getcw');
      key('Tab');
      await waitFor('>>> os.getcwd');
      type('()');
      await line('', `'${root}'\n>>>`);
      type('twi');
      key('Tab');
      await waitFor('>>> twice(');
      await line('3)', '6\n>>>');

      key('C-d');
      await waitFor('[exit 0]');
      const hist = readFileSync(historyFile, 'utf8');
      assert.match(hist, /^def twice\(x\):\n {4}return x \* 2\ntwice\(21\)\n/);
      assert.ok(hist.includes('while True: pass\n'));
    } finally {
      stop();
    }
  });

  test('threads run while the prompt waits; time.sleep is interruptible; exit status', async () => {
    start(`${process.execPath} bin/pys.js -q`);
    try {
      const s = await waitFor(/^>>>$/m);
      assert.not.match(s, /Python 3/);
      await line('import threading, time', '>>>');
      await line('def tick():', '...');
      await line('    for i in range(3): print("tick", i); time.sleep(0.1)', '...');
      await line('', '>>>');
      await line('threading.Thread(target=tick).start()', /\n>>>$/);
      // the output arrives above the prompt, which is drawn again under it
      await waitFor(/tick 2\n>>>$/);
      await line('print("sleeping"); time.sleep(100)', '\nsleeping');
      key('C-c');
      await waitFor(/KeyboardInterrupt\n>>>$/);
      // a thread parked on a queue
      await line('import queue; q = queue.Queue(); print("waiting"); q.get()', '\nwaiting');
      key('C-c');
      await waitFor(/in get\n(.*\n)*KeyboardInterrupt\n>>>$/);
      await line('raise SystemExit(3)', '[exit 3]');
    } finally {
      stop();
    }
  });

  test('node:repl stays out of the way: dot lines, Ctrl-C at the prompt, input()', async () => {
    start(`${process.execPath} bin/pys.js -q`);
    try {
      await waitFor(/^>>>$/m);
      // no dot-commands: these are Python's
      await line('.5 + 1', '.5 + 1\n1.5\n>>>');
      await line('.help', '    .help\n    ^\nSyntaxError: invalid syntax\n>>>');
      await line('s = ("a b"', '...');
      await line('     .split())', /\.split\(\)\)\n>>>$/);
      await line('s', "['a', 'b']\n>>>");
      // Ctrl-C drops a statement being continued, and at an empty prompt
      // only prints KeyboardInterrupt, however often
      await line('for i in range(3):', '...');
      key('C-c');
      await waitFor('... ^C\nKeyboardInterrupt\n>>>');
      key('C-c');
      await waitFor('>>> ^C\nKeyboardInterrupt\n>>>');
      key('C-c');
      const s = await waitFor(/(>>> \^C\nKeyboardInterrupt\n){2}>>>$/);
      assert.not.match(s, /To exit|\.exit|undefined|Uncaught/);
      await line('"after"', "'after'\n>>>");
      // input() reads a line in cooked mode; the prompt then starts a new line
      await line('name = input("name? ")', 'name?');
      await line('bob', 'name? bob\n>>>');
      await line('name', "'bob'\n>>>");
      key('C-d');
      await waitFor('[exit 0]');
    } finally {
      stop();
    }
  });

  test('pys -i: a script, then the prompt in its globals (also after an error)', async () => {
    const script = join(dir, 'script.py');
    writeFileSync(script, 'answer = 41\nraise ValueError("boom")\n');
    start(`${process.execPath} bin/pys.js -i ${script}`);
    try {
      await waitFor(/ValueError: boom\n>>>$/);
      await line('answer + 1', '42\n>>>');
      await line('exit()', '[exit 0]');
    } finally {
      stop();
    }
  });

  test('input() parks only its thread: other threads print, Ctrl-C interrupts it', async () => {
    start(`${process.execPath} bin/pys.js -q`);
    try {
      await waitFor(/^>>>$/m);
      await line('import threading, time', '>>>');
      await line('def tick():', '...');
      await line('    for i in range(4): time.sleep(0.1); print("tick", i)', '...');
      await line('', '>>>');
      // the ticks come while input() waits for its line
      await line('threading.Thread(target=tick).start(); input("q? ")', /q\? tick 0\n(tick \d\n)*tick 3$/);
      key('C-c');
      const ki = await waitFor(/KeyboardInterrupt\n>>>$/);
      assert.match(ki, /tick 3\n\^CTraceback \(most recent call last\):\n {2}File "<stdin>", line 1, in <module>\n/);
      // nothing was left reading the terminal: the prompt and a new
      // input() get every key
      await line('x = input("again? ")', 'again?');
      await line('yes', 'again? yes\n>>>');
      await line('x', "'yes'\n>>>");
      key('C-d');
      await waitFor('[exit 0]');
    } finally {
      stop();
    }
  });

  test('input() in a script: threads print while it waits; Ctrl-C raises KeyboardInterrupt', async () => {
    const script = join(dir, 'ask.py');
    writeFileSync(script, [
      'import threading, time',
      'def tick():',
      '    for i in range(4): time.sleep(0.1); print("tick", i, flush=True)',
      'threading.Thread(target=tick).start()',
      'try:',
      '    input("name? ")',
      'except KeyboardInterrupt:',
      '    print("interrupted")',
      'print("got", input("again? "))',
      '',
    ].join('\n'));
    start(`${process.execPath} bin/pys.js ${script}`);
    try {
      await waitFor(/name\? tick 0\n(tick \d\n)*tick 3$/);
      key('C-c');
      await waitFor(/tick 3\n\^Cinterrupted\nagain\?$/);
      await line('bob', 'again? bob\ngot bob\n[exit 0]');
    } finally {
      stop();
    }
  });
}

test('PYS_STARTUP and -i on a pipe: prompts on stderr, results on stdout', () => {
  const startup = join(dir, 'startup.py');
  writeFileSync(startup, 'GREETING = "hi"\n');
  const r = spawnSync(process.execPath, [join(root, 'bin/pys.js'), '-i', '-q'], {
    input: 'if True:\n    print(GREETING)\n\n[1, 2]\n1/0\nprint("after")\n',
    encoding: 'utf8',
    env: { ...process.env, PYS_STARTUP: startup, PYS_HISTORY: '' },
  });
  assert.is(r.stdout, 'hi\n[1, 2]\nafter\n');
  assert.match(r.stderr, /^>>> \.\.\. \.\.\. >>> >>> Traceback/);
  assert.match(r.stderr, /ZeroDivisionError: division by zero\n>>> >>> $/);
  assert.is(r.status, 0);
});

test('pys -i -m: the module runs as __main__, then the prompt in its globals', () => {
  writeFileSync(join(dir, 'replmod.py'), 'value = 99\nprint("ran as", __name__)\n');
  const r = spawnSync(process.execPath, [join(root, 'bin/pys.js'), '-i', '-m', 'replmod'], {
    input: 'value + 1\nimport sys; sys.flags.interactive, sys.ps1\n', encoding: 'utf8', cwd: dir, env: { ...process.env, PYS_HISTORY: '' },
  });
  assert.is(r.stdout, "ran as __main__\n100\n(1, '>>> ')\n");
  assert.is(r.status, 0);
});

test('-i on a pipe: lines starting with "." are Python\'s; an unfinished block runs at the end', () => {
  const r = spawnSync(process.execPath, [join(root, 'bin/pys.js'), '-i', '-q'], {
    input: '.5 + 1\n.foo\nx = ("a b"\n     .split())\nx\nif True:\n    print("last")\n',
    encoding: 'utf8',
    env: { ...process.env, PYS_HISTORY: '' },
  });
  assert.is(r.stdout, "1.5\n['a', 'b']\nlast\n");
  assert.match(r.stderr, /^>>> >>> {3}File "<stdin>", line 1\n {4}\.foo\n {4}\^\nSyntaxError: invalid syntax\n>>> \.\.\. >>> >>> \.\.\. \.\.\. $/);
  assert.is(r.status, 0);
  // a bracket still open at the end: CPython's SyntaxError
  const open = spawnSync(process.execPath, [join(root, 'bin/pys.js'), '-i', '-q'], { input: 'x = (1,\n', encoding: 'utf8', env: { ...process.env, PYS_HISTORY: '' } });
  assert.match(open.stderr, / {4}x = \(1,\n {8}\^\nSyntaxError: '\(' was never closed\n$/);
  assert.is(open.status, 0);
});

test('stdin not a terminal, no -i: read as a script, no prompts', () => {
  const r = spawnSync(process.execPath, [join(root, 'bin/pys.js')], { input: 'x = 6\nprint(x * 7)\nx\n', encoding: 'utf8' });
  assert.is(r.stdout, '42\n');
  assert.is(r.stderr, '');
});

test.after(() => {
  stop();
  rmSync(dir, { recursive: true, force: true });
});

test.run();
