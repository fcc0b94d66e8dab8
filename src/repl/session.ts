// The interactive prompt (`pys` on a terminal, `pys -i`): reads statements
// with node:readline, runs each one as frames on the main thread through the
// scheduler, and prints results, errors and tracebacks as CPython's REPL.
//
// Built on node:readline rather than node:repl: node:repl assembles the
// multi-line buffer itself when a line arrives, which goes wrong when lines
// arrive while an earlier statement still runs on the scheduler (a paste);
// its continuation prompt is a fixed '...'; it claims lines starting with
// '.' as its own commands and answers Ctrl-C with its own message. What it
// would add on top of readline (completion display, history) readline has.
//
// While a statement runs, readline is paused and the terminal is back in
// cooked mode, as CPython leaves it outside readline: Ctrl-C then reaches
// the process as SIGINT (KeyboardInterrupt through interp.interrupt(), or a
// Python signal handler), and input() reads a line the usual way. Threads
// started at the prompt keep running between statements: the prompt only
// waits on Node's event loop, where the scheduler's slices also run.

import * as readline from 'node:readline';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { T, None, type Py } from '../objects/base';
import type { PyModule } from '../objects/module';
import type { PyCode } from '../objects/code';
import { PyBaseException } from '../objects/exceptions';
import { str as pyStr } from '../objects/protocol';
import { getattr } from '../objects/attrs';
import { Frame } from '../vm/frame';
import { TS, setCurrent } from '../vm/thread';
import type { Interpreter } from '../vm/interp';
import { callSync } from '../vm/call';
import { reportUncaught, shutdown } from '../vm/program';
import { compileSource } from '../vm/compile';
import { flushStdout, printException, makeStruct } from '../builtins/sys';
import { PyTuple } from '../objects/tuple';
import type { PyType } from '../objects/type';
import { PyFile } from '../builtins/file';
import { classify, type Verdict } from './complete';
import { toPyException } from '../vm/run';
import { completeLine } from './completer';
import { installHelpers } from './help';
import { onSignal } from '../host/signals';

export interface ReplOptions {
  /** The module whose globals the prompt works in (__main__). */
  module: PyModule;
  /** Ends the process with a status (after shutdown). */
  exit: (code: number) => void;
  /** -q: no banner. */
  quiet?: boolean;
  /** -i was given: sys.flags.inspect and sys.flags.interactive are 1. */
  inspect?: boolean;
  /** Run $PYS_STARTUP first (interactive start without a script). */
  startup?: boolean;
  /** Defaults to process.stdin / process.stdout. */
  input?: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (m: boolean) => unknown };
  output?: NodeJS.WritableStream;
}

const HISTORY_SIZE = 1000;

/** The history file: $PYS_HISTORY, none when that is empty, else ~/.pys_history. */
function historyPath(): string | null {
  const env = process.env.PYS_HISTORY;
  if (env !== undefined) return env === '' ? null : env;
  try {
    return `${os.homedir()}/.pys_history`;
  } catch {
    return null;
  }
}

/** Saved lines, newest first (readline's order). */
function loadHistory(file: string | null): string[] {
  if (file === null) return [];
  try {
    return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l !== '').slice(-HISTORY_SIZE).reverse();
  } catch {
    return [];
  }
}

function saveHistory(file: string | null, lines: string[]): void {
  if (file === null) return;
  try {
    fs.writeFileSync(file, lines.slice(0, HISTORY_SIZE).reverse().join('\n') + '\n', { mode: 0o600 });
  } catch {
    // an unwritable history file must not disturb the session (CPython too)
  }
}

/** Text written to sys.stderr (the banner, "KeyboardInterrupt"). */
function writeErr(interp: Interpreter, s: string): void {
  try {
    const err = interp.sys.dict.getS('stderr');
    if (err instanceof PyFile) {
      err.write(s);
      err.flush();
      return;
    }
    if (err !== undefined && err !== None) callSync(getattr(err, 'write'), [s]);
  } catch {
    process.stderr.write(s);
  }
}

/** Sets sys.last_type/last_value/last_traceback (for pdb.pm()) and prints
 * `e` through sys.excepthook. */
function showException(interp: Interpreter, e: PyBaseException): void {
  setCurrent(interp.main);
  const d = interp.sys.dict;
  d.setS('last_type', e.cls);
  d.setS('last_value', e);
  d.setS('last_traceback', e.traceback ?? None);
  if (e.cls.isSubtype(T.SystemExit)) {
    // only under -i, for the script: printed, and the prompt follows
    try {
      callSync(d.getS('excepthook'), [e.cls, e, e.traceback ?? None]);
    } catch (e2) {
      if (!(e2 instanceof PyBaseException)) throw e2;
      printException(e);
    }
    return;
  }
  reportUncaught(interp, e);
}

/** An interactive session on an interpreter. */
export class Session {
  private rl: readline.Interface | null = null;
  private lines: string[] = [];
  private queue: string[] = [];
  private busy = false;
  /** stdin ended: the session ends once the lines read are done. */
  private eof = false;
  /** __future__ features imported at the prompt so far (compiler flags). */
  private flags = 0;
  private ended = false;
  private readonly tty: boolean;
  private readonly input: NonNullable<ReplOptions['input']>;
  private readonly output: NodeJS.WritableStream;
  private readonly history = historyPath();
  /** The prompt (and the line being typed) is on screen, waiting. */
  private promptShown = false;
  /** Output came while the prompt was shown: the prompt line was erased
   * and is drawn again below the output. */
  private erased = false;
  private redrawQueued = false;
  private outputEndsLine = true;
  /** Output of the last statement after its last line end ("x" after
   * `print("x", end="")`): the prompt is drawn after it, as in CPython,
   * instead of over it. */
  private partialLine = '';
  private readonly decoder = new TextDecoder();
  /** The prompt itself (sys.ps1/ps2), without partialLine. */
  private promptText = '';

  constructor(private interp: Interpreter, private opts: ReplOptions) {
    this.input = opts.input ?? process.stdin;
    // line editing needs the terminal on both sides; otherwise plain lines
    // (CPython too uses readline only when stdin and stdout are terminals)
    this.tty = !!this.input.isTTY && (opts.output ? !!(opts.output as any).isTTY : !!process.stdout.isTTY);
    // without a terminal CPython writes its prompts to stderr, keeping
    // stdout for the program's output
    this.output = opts.output ?? (this.tty ? process.stdout : process.stderr);
    const sys = interp.sys.dict;
    if (sys.getS('ps1') === undefined) sys.setS('ps1', '>>> ');
    if (sys.getS('ps2') === undefined) sys.setS('ps2', '... ');
    installHelpers(interp);
    const flags = sys.getS('flags');
    if (opts.inspect && flags instanceof PyTuple && flags.items.length > 2) {
      const items = flags.items.slice();
      items[1] = items[2] = 1; // inspect, interactive
      sys.setS('flags', makeStruct(flags.cls as PyType, items));
    }
  }

  /** Prints the banner, runs the startup file, then reads statements. */
  start(): void {
    const interp = this.interp;
    if (!this.opts.quiet) {
      const version = strOf(interp.sys.dict.getS('version')) ?? '';
      const platform = strOf(interp.sys.dict.getS('platform')) ?? 'linux';
      writeErr(interp, `Python ${version} on ${platform}\nType "help", "copyright", "credits" or "license" for more information.\n`);
    }
    const startup = this.opts.startup ? process.env.PYS_STARTUP : undefined;
    if (startup) {
      let source: string | null = null;
      try {
        source = fs.readFileSync(startup, 'utf8');
      } catch {
        // CPython reports an unreadable PYTHONSTARTUP and goes on
        writeErr(interp, `Could not open PYS_STARTUP\nFileNotFoundError: [Errno 2] No such file or directory: '${startup}'\n`);
      }
      if (source !== null) {
        this.runSource(source, startup, () => this.open());
        return;
      }
    }
    this.open();
  }

  /** Runs a whole file's text in the session's globals (the startup file,
   * the script of `pys -i`), then calls `then`. */
  runSource(source: string, filename: string, then: () => void): void {
    let code: PyCode;
    try {
      code = compileSource(source, filename, 'exec', 0, true);
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      showException(this.interp, e);
      then();
      return;
    }
    this.runProgram(code, then);
  }

  /** Runs compiled module code (a script) in the session's globals; its
   * uncaught exception, SystemExit included, is printed, then `then`. */
  runProgram(code: PyCode, then: () => void): void {
    this.runCode(code, (err) => {
      if (err) showException(this.interp, err);
      then();
    });
  }

  /** Starts readline and shows the first prompt. */
  open(): void {
    if (this.ended) return;
    const interp = this.interp;
    const rl = readline.createInterface({
      input: this.input,
      output: this.output,
      terminal: this.tty,
      history: this.tty ? loadHistory(this.history) : [],
      historySize: HISTORY_SIZE,
      removeHistoryDuplicates: false,
      tabSize: 4,
      completer: this.tty ? (line: string) => this.complete(line) : undefined,
    });
    this.rl = rl;
    this.guardOutput();
    rl.on('line', (line) => {
      this.promptShown = false;
      this.queue.push(line);
      this.pump();
    });
    // lines read from a pipe are no user's history
    if (this.tty) rl.on('history', (h: string[]) => saveHistory(this.history, h));
    // a SIGINT from elsewhere (kill -INT) at the prompt acts as Ctrl-C there
    onSignal(2, () => (this.busy || this.ended ? interp.interrupt() : this.onCtrlC()));
    rl.on('SIGINT', () => this.onCtrlC());
    rl.on('close', () => {
      if (this.ended) return;
      // EOF (Ctrl-D): the line ends, then the process, as CPython; lines
      // read before the end of a pipe are run first
      if (this.tty) this.output.write('\n');
      this.eof = true;
      this.rl = null;
      this.pump();
    });
    this.prompt();
  }

  /** Tab: an internal error must not take the session down with a JS
   * stack trace; it only means no completions. */
  private complete(line: string): [string[], string] {
    try {
      return completeLine(this.interp, this.opts.module.dict, line);
    } catch (e) {
      if (process.env.PYS_DEBUG) console.error('completion failed:', e);
      return [[], line];
    }
  }

  /** Shows sys.ps1, or sys.ps2 inside a statement. Without a terminal
   * it is written for each line read, as CPython does. */
  private prompt(): void {
    if (this.ended) return;
    const rl = this.rl;
    if (this.tty && !rl) return;
    const sys = this.interp.sys.dict;
    const p = sys.getS(this.lines.length ? 'ps2' : 'ps1');
    let text: string;
    try {
      setCurrent(this.interp.main);
      text = p === undefined ? '' : typeof p === 'string' ? p : pyStr(p);
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      text = this.lines.length ? '... ' : '>>> ';
    }
    if (!this.tty) {
      this.output.write(text);
      return;
    }
    this.promptText = text;
    rl!.setPrompt(this.partialLine + text);
    this.partialLine = '';
    rl!.prompt();
    this.promptShown = true;
  }

  /** Keeps the prompt usable when threads print while it waits: their
   * output goes above it and the prompt with the typed text is drawn again
   * under it (CPython leaves the output mixed into the input line). */
  private guardOutput(): void {
    if (!this.tty) return;
    for (const f of [this.interp.stdout, this.interp.stderr]) {
      if (!(f instanceof PyFile)) continue;
      const file = f as any;
      const writeOut = file.writeOut;
      if (typeof writeOut !== 'function') continue;
      const guarded = (data: Uint8Array) => {
        const rl = this.rl as any;
        if (!this.promptShown || !rl) {
          const text = this.partialLine + this.decoder.decode(data);
          this.partialLine = text.slice(Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')) + 1);
          return writeOut.call(file, data);
        }
        if (!this.erased) {
          const pos = rl.getCursorPos();
          readline.moveCursor(this.output, 0, -pos.rows);
          readline.cursorTo(this.output, 0);
          readline.clearScreenDown(this.output);
          this.erased = true;
        }
        writeOut.call(file, data);
        if (data.length) this.outputEndsLine = data[data.length - 1] === 10;
        if (!this.redrawQueued) {
          this.redrawQueued = true;
          setImmediate(() => this.redraw());
        }
      };
      // not enumerable: the file is still serialized as a plain PyFile
      // (pause(), os.fork()), which writes straight out in the new process
      Object.defineProperty(file, 'writeOut', { value: guarded, enumerable: false, configurable: true, writable: true });
    }
  }

  private redraw(): void {
    this.redrawQueued = false;
    const rl = this.rl as any;
    if (!this.erased || !rl) return;
    this.erased = false;
    if (!this.promptShown) return;
    if (!this.outputEndsLine) this.output.write('\n');
    this.outputEndsLine = true;
    this.partialLine = '';
    rl.setPrompt(this.promptText);
    // the erased text is gone: draw from the start of this line
    rl.prevRows = 0;
    rl.prompt(true);
  }

  /** Ctrl-C at the prompt: the input typed so far is dropped. */
  private onCtrlC(): void {
    if (this.busy) {
      this.interp.interrupt();
      return;
    }
    if (this.ended) return;
    const rl = this.rl as any;
    if (this.tty && rl) {
      // CPython's terminal echoes ^C where the cursor is: at the line's end
      rl.write(null, { ctrl: true, name: 'e' });
      this.output.write('^C\n');
      rl.line = '';
      rl.cursor = 0;
    } else this.output.write('\n');
    this.promptShown = false;
    this.lines = [];
    this.queue = [];
    writeErr(this.interp, 'KeyboardInterrupt\n');
    this.prompt();
  }

  /** Handles the lines received, one statement at a time. */
  private pump(): void {
    // at the end of input an unfinished compound statement is run (the
    // blank line that would end it will not come)
    if (this.eof && !this.busy && !this.queue.length && this.lines.length) this.queue.push('');
    while (!this.busy && !this.ended && this.queue.length) {
      this.lines.push(this.queue.shift()!);
      setCurrent(this.interp.main);
      let v: Verdict;
      try {
        v = classify(this.lines, '<stdin>', this.flags);
      } catch (e) {
        // a compiler bug: reported as SystemError, and the session goes on
        v = { kind: 'error', error: toPyException(e) };
      }
      if (v.kind === 'incomplete') {
        if (!this.tty || !this.queue.length) this.prompt();
        continue;
      }
      this.lines = [];
      if (v.kind === 'error') showException(this.interp, v.error);
      if (v.kind !== 'complete') {
        if (!this.tty || !this.queue.length) this.prompt();
        continue;
      }
      this.flags = v.flags;
      this.runCode(v.code, (err) => {
        if (err) {
          if (err.cls.isSubtype(T.SystemExit)) {
            setCurrent(this.interp.main);
            this.end(reportUncaught(this.interp, err));
            return;
          }
          showException(this.interp, err);
        }
        if (!this.tty || !this.queue.length) this.prompt();
        this.pump();
      });
    }
    if (this.eof && !this.busy && !this.ended) this.end(0);
  }

  /** Runs code as a new bottom frame of the (idle) main thread; `done`
   * gets the uncaught exception or null. */
  runCode(code: PyCode, done: (err: PyBaseException | null) => void): void {
    const interp = this.interp;
    const g = this.opts.module.dict;
    const t = interp.main;
    this.busy = true;
    this.cooked(true);
    setCurrent(t);
    t.state = TS.New;
    t.error = null;
    t.result = undefined;
    t.exc = null;
    t.blocked = false;
    t.excInfo = null;
    t.outers = [];
    interp.threads.add(t);
    // a SIGINT that came while nothing ran is not for this statement
    interp.interruptPending = false;
    interp.onMainDone = (th) => {
      interp.onMainDone = null;
      setCurrent(t);
      flushStdout();
      this.busy = false;
      this.cooked(false);
      done(th.error);
    };
    interp.startMain(new Frame(code, null, g, interp.builtinsDict, g));
  }

  /** While a statement runs the terminal is in cooked mode and readline
   * paused (see the top of this file). */
  private cooked(on: boolean): void {
    const rl = this.rl;
    if (!rl || this.ended) return;
    if (on) rl.pause();
    if (this.tty && this.input.setRawMode) this.input.setRawMode(!on);
    if (!on) rl.resume();
  }

  /** Ends the session and the process with `status` (CPython's shutdown:
   * atexit, waiting for non-daemon threads). */
  private end(status: number): void {
    if (this.ended) return;
    this.ended = true;
    const rl = this.rl;
    this.rl = null;
    if (rl) {
      if (this.tty && this.input.setRawMode) this.input.setRawMode(false);
      rl.close();
    }
    setCurrent(this.interp.main);
    shutdown(this.interp, status, this.opts.exit);
  }
}

function strOf(v: Py | undefined): string | null {
  return typeof v === 'string' ? v : null;
}

/** Starts an interactive session (see ReplOptions). */
export function startRepl(interp: Interpreter, opts: ReplOptions): Session {
  const s = new Session(interp, opts);
  s.start();
  return s;
}
