// Creating an interpreter and running a program on it to the end, with
// CPython's exit semantics (SystemExit codes, uncaught exceptions printed
// through sys.excepthook, atexit, flushing, KeyboardInterrupt as SIGINT).

import { T, None, MISSING, type Py } from '../objects/base';
import { bootstrap } from '../objects';
import { PyModule } from '../objects/module';
import { PyDict } from '../objects/dict';
import { PyBaseException } from '../objects/exceptions';
import { strValue } from '../objects/strutil';
import { intValue } from '../objects/intutil';
import { str as pyStr, repr } from '../objects/protocol';
import { getattr, getattrOpt } from '../objects/attrs';
import { Interpreter, runAsMicrotask, type InterpOptions } from './interp';
import { Frame } from './frame';
import { type Thread, setCurrent, current } from './thread';
import { callSync } from './call';
import { makeBuiltinsModule } from '../builtins';
import { makeSysModule, printException, flushStdout } from '../builtins/sys';
import { flushAll, PyFile } from '../builtins/file';
import { registerNativeModules } from '../../stdlib';
import type { PyCode } from '../objects/code';
import { compileSource } from './compile';
import './runtime';

/** A ready interpreter: builtins, sys, native modules registered. */
export function createInterpreter(opts: InterpOptions): Interpreter {
  bootstrap();
  registerNativeModules();
  const interp = new Interpreter(opts);
  const b = makeBuiltinsModule();
  interp.builtinsModule = b;
  interp.builtinsDict = b.dict;
  interp.sys = makeSysModule(interp);
  interp.modules.setS('builtins', b);
  interp.modules.setS('sys', interp.sys);
  return interp;
}

/** The __main__ module for a program (file path or '<string>'/'<stdin>'). */
export function mainModule(interp: Interpreter, file: string | null): PyModule {
  const m = new PyModule('__main__');
  m.dict.setS('__builtins__', interp.builtinsModule);
  if (file !== null) m.dict.setS('__file__', file);
  interp.modules.setS('__main__', m);
  return m;
}

/** The exit status for an uncaught SystemExit (printing a message if any). */
function systemExitStatus(e: PyBaseException): number {
  const code = getattrOpt(e, 'code');
  if (code === None) return 0;
  const n = intValue(code);
  if (n !== null) return Number(BigInt.asIntN(32, BigInt(n))) & 0xff;
  writeStderr(pyStr(code) + '\n');
  return 1;
}

function writeStderr(s: string): void {
  try {
    const interp = current.interp;
    const err = interp.sys.dict.getS('stderr');
    if (err instanceof PyFile) {
      err.write(s);
      err.flush();
      return;
    }
    callSync(getattr(err, 'write'), [s]);
  } catch {
    process.stderr.write(s);
  }
}

/** Handles an exception that ended the main thread: its exit status. */
export function reportUncaught(interp: Interpreter, e: PyBaseException): number {
  if (e.cls.isSubtype(T.SystemExit)) return systemExitStatus(e);
  flushStdout();
  try {
    const hook = interp.sys.dict.getS('excepthook');
    if (hook !== undefined) callSync(hook, [e.cls, e, e.traceback ?? None]);
    else printException(e);
  } catch (e2) {
    if (e2 instanceof PyBaseException) {
      writeStderr('Error in sys.excepthook:\n');
      printException(e2);
      writeStderr('\nOriginal exception was:\n');
      printException(e);
    } else throw e2;
  }
  if (e.cls.isSubtype(T.KeyboardInterrupt)) return -2;
  return 1;
}

/** Runs the atexit callbacks (LIFO), reporting their exceptions. */
export function runAtexit(interp: Interpreter): void {
  // As CPython: the callbacks registered when the run starts, newest first;
  // holes left by atexit.unregister are skipped, and callbacks registered
  // during the run are dropped with the rest at the end.
  const cbs = interp.atexit;
  for (let i = cbs.length - 1; i >= 0; i--) {
    const cb = cbs[i];
    if (!cb) continue;
    const [fn, args, kw] = cb;
    try {
      const names: string[] = [];
      const all = args.slice();
      if (kw instanceof PyDict) for (const [k, v] of kw.entries()) {
        names.push(k);
        all.push(v);
      }
      callSync(fn, all, names.length ? names : null);
    } catch (e) {
      if (e instanceof PyBaseException) {
        if (e.cls.isSubtype(T.SystemExit)) continue;
        writeStderr(`Exception ignored in atexit callback: ${reprSafe(fn)}\n`);
        printException(e);
      } else throw e;
    }
  }
  cbs.length = 0;
}

function reprSafe(x: Py): string {
  try {
    return repr(x);
  } catch {
    return '<object>';
  }
}

/** Flushes stdio at exit; a failing stdout flush makes the status 120. */
function finalFlush(interp: Interpreter, status: number): number {
  const out = interp.sys.dict.getS('stdout');
  try {
    if (out instanceof PyFile && out.softspace) {
      out.write('\n');
    }
    if (out instanceof PyFile) out.flush();
    else if (out !== undefined && out !== None) {
      const f = getattrOpt(out, 'flush');
      if (f !== MISSING) callSync(f, []);
    }
  } catch (e) {
    if (e instanceof PyBaseException) {
      writeStderr('Exception ignored in: <_io.TextIOWrapper name=\'<stdout>\' mode=\'w\' encoding=\'utf-8\'>\n');
      printException(e);
      if (status === 0) status = 120;
    }
  }
  try {
    flushAll();
  } catch {
    // already reported
  }
  return status;
}

/** Ends the process with `status` after CPython's shutdown sequence. */
export function shutdown(interp: Interpreter, status: number, exit: (code: number) => void): void {
  const hooks = interp.shutdownHooks.slice();
  const next = () => {
    const h = hooks.shift();
    if (h) {
      h(next);
      return;
    }
    setCurrent(interp.main);
    runAtexit(interp);
    status = finalFlush(interp, status);
    exit(status);
  };
  next();
}

/** Runs compiled code as __main__ and calls `exit` with the status. */
export function runMain(interp: Interpreter, code: PyCode, mod: PyModule, exit: (code: number) => void): void {
  const f = new Frame(code, null, mod.dict, interp.builtinsDict, mod.dict);
  interp.onMainDone = (t: Thread) => {
    const status = t.error ? reportUncaught(interp, t.error) : 0;
    shutdown(interp, status, exit);
  };
  interp.startMain(f);
  runAsMicrotask(() => interp.loop());
}

/** Compiles source for __main__, reporting a SyntaxError like CPython. */
export function compileMain(interp: Interpreter, source: string, filename: string): PyCode | number {
  try {
    return compileSource(source, filename, 'exec', 0, true);
  } catch (e) {
    if (e instanceof PyBaseException) {
      setCurrent(interp.main);
      return reportUncaught(interp, e);
    }
    throw e;
  }
}

void strValue;
