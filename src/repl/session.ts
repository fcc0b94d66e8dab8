// The interactive prompt (`pys` on a terminal, `pys -i`): a node:repl
// server reads the lines, each statement runs as frames on the main thread
// through the scheduler, and results, errors and tracebacks are printed as
// CPython's REPL prints them.
//
// node:repl gives the terminal front end: line editing, history recall
// and Ctrl-R search, completion lists, prompt drawing, Ctrl-D. Its
// JavaScript side is taken out: the eval hook is ours and never evaluates
// JavaScript, the dot-commands are deleted, and its 'line' and 'SIGINT'
// listeners are replaced. Its 'line' listener would still send a line
// starting with '.' (not a number) to the dot-commands ("Invalid REPL
// keyword"), though such a line can continue a Python statement
// (`    .strip())`); its own statement buffer (repl.Recoverable) prompts
// with a fixed '...' and is cleared only once the statement has run, so
// lines arriving meanwhile would be joined to it; and it calls eval inside
// a domain, which would capture every timer and I/O callback of the
// statement. Ours hands each line to the eval hook as it is. The eval hook
// keeps the statement's lines (classify() in ./complete decides when they
// are whole) and queues the lines that arrive while a statement runs on
// the scheduler (a paste; a pipe's lines all come at once). Its callback
// means "this line is handled" and shows the next prompt, sys.ps1 or
// sys.ps2 (displayPrompt is ours too). Ctrl-C at the prompt drops the
// statement being typed and prints KeyboardInterrupt, as CPython, instead
// of node:repl's "press Ctrl+C again to exit".
//
// While a statement runs, the server is paused and the terminal is back in
// cooked mode, as CPython leaves it outside readline: Ctrl-C then reaches
// the process as SIGINT (KeyboardInterrupt through interp.interrupt(), or a
// Python signal handler), and input() reads a line the usual way. Threads
// started at the prompt keep running between statements: the prompt only
// waits on Node's event loop, where the scheduler's slices also run.

import * as repl from 'node:repl';
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

/** A line handed to the eval hook, and its callback. */
interface Pending {
  line: string;
  done: () => void;
}

/** node:repl's server with the readline state and settings used here that
 * its typings leave out. */
type Server = repl.REPLServer & { prevRows: number; cursor: number; line: string; tabSize: number; history: string[] };

/** An interactive session on an interpreter. */
export class Session {
  private server: Server | null = null;
  /** The lines of the statement being typed. */
  private lines: string[] = [];
  private queue: Pending[] = [];
  private busy = false;
  /** stdin ended: the session ends once the lines read are done. */
  private eof = false;
  /** The blank line that ends a statement left open at the end of input
   * has been added. */
  private endLine = false;
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
    // from the start: a script run first (-i) may leave a partial line
    this.guardOutput();
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

  /** Starts the node:repl server, which shows the first prompt. */
  open(): void {
    if (this.ended) return;
    const interp = this.interp;
    const first = this.promptString(false);
    // historySize is passed on to readline (node:repl's typings omit it)
    const options: repl.ReplOptions & { historySize: number } = {
      prompt: this.tty ? this.partialLine + first : first,
      input: this.input as NodeJS.ReadableStream,
      output: this.output,
      terminal: this.tty,
      eval: (cmd, _context, _file, cb) => this.evaluate(cmd, cb),
      completer: (line: string) => this.complete(line),
      // results are printed by sys.displayhook while the statement runs:
      // the callback never carries one for node:repl's writer
      ignoreUndefined: true,
      useColors: false,
      preview: false,
      historySize: HISTORY_SIZE,
    };
    const server = repl.start(options) as Server;
    // repl.start() has drawn the prompt
    this.server = server;
    this.promptText = first;
    this.partialLine = '';
    this.promptShown = this.tty;
    const commands = server.commands as Record<string, repl.REPLCommand>;
    for (const name of Object.keys(commands)) delete commands[name];
    // node:repl's own 'line' listener is JavaScript's (see the top of this
    // file): every line goes to the eval hook as it is, outside its domain
    server.removeAllListeners('line');
    server.on('line', (line) => {
      this.promptShown = false;
      this.evaluate(line + '\n', () => server.displayPrompt());
    });
    server.displayPrompt = (preserveCursor) => this.prompt(preserveCursor);
    server.tabSize = 4;
    if (this.tty) {
      server.history = loadHistory(this.history);
      // lines read from a pipe are no user's history
      server.on('history', (h: string[]) => saveHistory(this.history, h));
    }
    server.removeAllListeners('SIGINT');
    server.on('SIGINT', () => this.onCtrlC());
    // a SIGINT from elsewhere (kill -INT) at the prompt acts as Ctrl-C there
    onSignal(2, () => (this.busy || this.ended ? interp.interrupt() : this.onCtrlC()));
    server.on('exit', () => {
      if (this.ended) return;
      // EOF (Ctrl-D; node:repl has ended the line on the terminal): lines
      // read before the end of a pipe are run first, then the process ends
      this.eof = true;
      this.server = null;
      this.pump();
    });
  }

  /** node:repl's eval hook: `cmd` is one line (with its '\n'); `done` runs
   * once the line is handled (kept for the rest of the statement, run, or
   * reported). Python's errors are printed here, never passed to node:repl. */
  private evaluate(cmd: string, done: (err: Error | null, result?: unknown) => void): void {
    this.queue.push({ line: cmd.endsWith('\n') ? cmd.slice(0, -1) : cmd, done: () => done(null) });
    this.pump();
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

  /** sys.ps1, or sys.ps2 inside a statement (str() of whatever they are). */
  private promptString(continuation: boolean): string {
    const p = this.interp.sys.dict.getS(continuation ? 'ps2' : 'ps1');
    try {
      setCurrent(this.interp.main);
      return p === undefined ? '' : typeof p === 'string' ? p : pyStr(p);
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      return continuation ? '... ' : '>>> ';
    }
  }

  /** Shows the next prompt, unless more lines are already waiting on a
   * terminal (a paste: they were echoed as they came). Without a terminal
   * it is written for each line read, as CPython does. */
  private prompt(preserveCursor = false): void {
    if (this.ended || this.busy) return;
    const text = this.promptString(this.lines.length > 0);
    if (!this.tty) {
      this.output.write(text);
      return;
    }
    const server = this.server;
    if (!server || this.queue.length) return;
    this.promptText = text;
    server.setPrompt(this.partialLine + text);
    this.partialLine = '';
    server.prompt(preserveCursor);
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
        const server = this.server;
        if (!this.promptShown || !server) {
          const text = this.partialLine + this.decoder.decode(data);
          this.partialLine = text.slice(Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')) + 1);
          return writeOut.call(file, data);
        }
        if (!this.erased) {
          const pos = server.getCursorPos();
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
    // a line read from the terminal (input("name? ")) was echoed by it with
    // its line end: the prompt then starts a new line, not after "name? "
    const stdin = this.interp.sys.dict.getS('__stdin__');
    if (!(stdin instanceof PyFile)) return;
    const fill = (stdin as any).fill;
    if (typeof fill !== 'function') return;
    const guardedFill = () => {
      const more = fill.call(stdin);
      if (more) this.partialLine = '';
      return more;
    };
    Object.defineProperty(stdin, 'fill', { value: guardedFill, enumerable: false, configurable: true, writable: true });
  }

  private redraw(): void {
    this.redrawQueued = false;
    const server = this.server;
    if (!this.erased || !server) return;
    this.erased = false;
    if (!this.promptShown) return;
    if (!this.outputEndsLine) this.output.write('\n');
    this.outputEndsLine = true;
    this.partialLine = '';
    server.setPrompt(this.promptText);
    // the erased text is gone: draw from the start of this line
    server.prevRows = 0;
    server.prompt(true);
  }

  /** Ctrl-C at the prompt: the statement typed so far is dropped. */
  private onCtrlC(): void {
    if (this.busy) {
      this.interp.interrupt();
      return;
    }
    if (this.ended) return;
    const server = this.server;
    if (this.tty && server) {
      // CPython's terminal echoes ^C where the cursor is: at the line's end
      server.write(null as any, { ctrl: true, name: 'e' });
      this.output.write('^C\n');
      server.line = '';
      server.cursor = 0;
      server.prevRows = 0;
    } else this.output.write('\n');
    this.promptShown = false;
    this.lines = [];
    this.queue = [];
    writeErr(this.interp, 'KeyboardInterrupt\n');
    this.prompt();
  }

  /** Handles the lines received, one statement at a time. */
  private pump(): void {
    for (;;) {
      if (this.busy || this.ended) return;
      if (!this.queue.length) {
        if (!this.eof || !this.lines.length) break;
        // at the end of input an unfinished compound statement is run (the
        // blank line that would end it will not come)
        if (!this.endLine) {
          this.endLine = true;
          this.queue.push({ line: '', done: () => {} });
        } else {
          this.reportUnfinished();
          break;
        }
      }
      const { line, done } = this.queue.shift()!;
      this.lines.push(line);
      setCurrent(this.interp.main);
      let v: Verdict;
      try {
        v = classify(this.lines, '<stdin>', this.flags);
      } catch (e) {
        // a compiler bug: reported as SystemError, and the session goes on
        v = { kind: 'error', error: toPyException(e) };
      }
      if (v.kind === 'incomplete') {
        done();
        continue;
      }
      this.lines = [];
      if (v.kind === 'error') showException(this.interp, v.error);
      if (v.kind !== 'complete') {
        done();
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
        done();
        this.pump();
      });
    }
    if (this.eof) this.end(0);
  }

  /** Input ended inside a statement that a blank line does not end (an
   * open bracket): its SyntaxError, as CPython reports it then. */
  private reportUnfinished(): void {
    // without the blank line added above: it was never read
    const source = this.lines.slice(0, -1).join('\n') + '\n';
    this.lines = [];
    try {
      compileSource(source, '<stdin>', 'single', this.flags);
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      showException(this.interp, e);
    }
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

  /** While a statement runs the terminal is in cooked mode and the server
   * paused (see the top of this file). */
  private cooked(on: boolean): void {
    const server = this.server;
    if (!server || this.ended) return;
    if (on) server.pause();
    if (this.tty && this.input.setRawMode) this.input.setRawMode(!on);
    if (!on) server.resume();
  }

  /** Ends the session and the process with `status` (CPython's shutdown:
   * atexit, waiting for non-daemon threads). */
  private end(status: number): void {
    if (this.ended) return;
    this.ended = true;
    const server = this.server;
    this.server = null;
    if (server) {
      if (this.tty && this.input.setRawMode) this.input.setRawMode(false);
      server.close();
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
