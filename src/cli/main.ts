// The pys command line (CPython's: pys [option] ... [-c cmd | -m mod | file | -] [arg] ...).
// Options end at the first non-option word: the rest is the program's argv.

import * as path from 'node:path';
import * as fs from 'node:fs';
import { createInterpreter, mainModule, runMain, compileMain } from '../vm/program';
import { VERSION, PY_VERSION } from '../version';
import type { Interpreter } from '../vm/interp';
import { importSync } from '../vm/imports';
import { setCurrent } from '../vm/thread';
import { PyBaseException } from '../objects/exceptions';
import { reportUncaught, shutdown } from '../vm/program';
import { runModuleAsMain } from '../vm/runmodule';
import { packageRoot, isFile } from '../host/fs';
import { formatExceptionOnly } from '../vm/traceback';
import { onSignal } from '../host/signals';

const USAGE = `usage: pys [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options (and corresponding environment variables):
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script
-m mod : run library module as a script (terminates option list)
-u     : force the stdout and stderr streams to be unbuffered
-V     : print the Python version number and exit (also --version)
-E, -s, -S, -B, -O, -q, -I: accepted for compatibility
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]

PYS_STARTUP: file executed on interactive startup (no default)
PYS_HISTORY: interactive history file (default ~/.pys_history; empty: none)
`;

export interface CliResult {
  code?: string;
  module?: string;
  file?: string;
  unbuffered: boolean;
  inspect: boolean;
  /** -q: no banner at the interactive prompt. */
  quiet: boolean;
  /** -E/-I: ignore PYTHON* environment variables (PYTHONPATH). */
  ignoreEnv: boolean;
  /** -S / -I: no sitecustomize. */
  noSite: boolean;
  warnoptions: string[];
  xoptions: [string, string | true][];
  rest: string[];
}

/** Splits argv the CPython way; yargs parses the options before the program. */
export function parseArgs(argv: string[]): CliResult | number {
  // the option part ends at -c/-m (their argument ends it) or the first non-option
  let i = 0;
  const opts: string[] = [];
  const warnoptions: string[] = [];
  const xoptions: [string, string | true][] = [];
  let code: string | undefined, module: string | undefined;
  while (i < argv.length) {
    const a = argv[i];
    if (a === '-c' || a === '-m') {
      if (i + 1 >= argv.length) {
        process.stderr.write(`Argument expected for the ${a} option\n${USAGE.split('\n')[0]}\nTry \`pys -h' for more information.\n`);
        return 2;
      }
      if (a === '-c') code = argv[i + 1];
      else module = argv[i + 1];
      i += 2;
      break;
    }
    if (/^-[cm]./.test(a)) {
      if (a[1] === 'c') code = a.slice(2);
      else module = a.slice(2);
      i++;
      break;
    }
    if (a === '-' || !a.startsWith('-') || a === '--') break;
    if (/^-[WX]/.test(a)) {
      // options with a value, attached (-Wignore) or next (-W ignore)
      const v = a.length > 2 ? a.slice(2) : argv[++i];
      if (v === undefined) {
        process.stderr.write(`Argument expected for the ${a} option\n${USAGE.split('\n')[0]}\nTry \`pys -h' for more information.\n`);
        return 2;
      }
      if (a[1] === 'W') warnoptions.push(v);
      else {
        const eq = v.indexOf('=');
        xoptions.push(eq < 0 ? [v, true] : [v.slice(0, eq), v.slice(eq + 1)]);
      }
      i++;
      continue;
    }
    opts.push(a);
    i++;
  }
  if (!opts.length) return finish(argv.slice(i), code, module, { warnoptions, xoptions });
  // loaded only when there are options: yargs and its terminal-width helpers
  // cost ~15 ms of start-up, more than the rest of a `pys -c pass`
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const yargs = require('yargs/yargs').default as typeof import('yargs/yargs');
  const y = yargs(opts)
    .help(false)
    .version(false)
    .strict(false)
    .parserConfiguration({ 'short-option-groups': true, 'halt-at-non-option': true })
    .boolean(['u', 'i', 'E', 's', 'S', 'B', 'O', 'q', 'I', 'h', 'V', 'b', 'd', 'v', 'x'])
    .alias('h', ['help', '?'])
    .alias('V', 'version')
    .string(['W', 'X']);
  const o: any = y.parseSync();
  if (o.h) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (o.V) {
    process.stdout.write(`Python ${PY_VERSION} (pys ${VERSION})\n`);
    return 0;
  }
  const unknown = Object.keys(o).filter((k) => k.length === 1 && !'uiEsSBOqIhVbdvxWX?'.includes(k) && k !== '_' && k !== '$');
  if (unknown.length) {
    process.stderr.write(`Unknown option: -${unknown[0]}\n${USAGE.split('\n')[0]}\nTry \`pys -h' for more information.\n`);
    return 2;
  }
  return finish(argv.slice(i), code, module, { ...o, warnoptions, xoptions });
}

function finish(rest: string[], code: string | undefined, module: string | undefined, o: any): CliResult {
  let file: string | undefined;
  if (code === undefined && module === undefined) {
    if (rest[0] === '--') rest = rest.slice(1);
    if (rest.length && rest[0] !== '-') file = rest[0];
    rest = rest.slice(1);
  }
  return { code, module, file, unbuffered: !!o.u, inspect: !!o.i, quiet: !!o.q, ignoreEnv: !!(o.E || o.I), noSite: !!(o.S || o.I), warnoptions: o.warnoptions, xoptions: o.xoptions, rest };
}

function stdlibDir(): string {
  return path.join(packageRoot(__dirname), 'stdlib');
}

function exitWith(code: number): void {
  if (code === -2) {
    // KeyboardInterrupt: die of SIGINT like CPython
    process.removeAllListeners('SIGINT');
    process.kill(process.pid, 'SIGINT');
    setTimeout(() => process.exit(130), 100);
    return;
  }
  process.exit(code);
}

/** Entry point of bin/pys.js. */
export function main(argv: string[]): void {
  const r = parseArgs(argv);
  if (typeof r === 'number') {
    process.exitCode = r;
    return;
  }
  const executable = path.join(packageRoot(__dirname), 'bin', 'pys.js');
  let sysArgv: string[];
  let scriptDir = '';
  if (r.code !== undefined) sysArgv = ['-c', ...r.rest];
  else if (r.module !== undefined) sysArgv = [r.module, ...r.rest];
  else if (r.file !== undefined) {
    sysArgv = [r.file, ...r.rest];
    scriptDir = path.dirname(path.resolve(r.file));
  } else sysArgv = [r.rest.length ? '-' : '', ...r.rest];
  const interp = createInterpreter({
    argv: sysArgv,
    stdlibDir: stdlibDir(),
    path: [r.file !== undefined ? scriptDir : '', ...(r.ignoreEnv ? [] : (process.env.PYTHONPATH ?? '').split(':').filter(Boolean))],
    executable,
    warnoptions: r.warnoptions,
    xoptions: r.xoptions,
  });
  if (r.unbuffered) {
    (interp.stdout as any).lineBuffering = true;
  }
  onSignal(2, () => interp.interrupt());
  if (!r.noSite) siteCustomize(interp);
  // no program and a terminal on stdin, or -i: the interactive prompt
  const noProgram = r.code === undefined && r.module === undefined && r.file === undefined;
  if (noProgram && (r.inspect || process.stdin.isTTY)) {
    repl().startRepl(interp, { module: mainModule(interp, null), exit: exitWith, quiet: r.quiet, startup: true, inspect: r.inspect });
    return;
  }
  if (r.module !== undefined) {
    if (r.inspect) {
      runModuleAsMain(interp, r.module, exitWith, (_i, code, mod) => {
        const session = new (repl().Session)(interp, { module: mod, exit: exitWith, quiet: true, inspect: true });
        session.runProgram(code, () => session.open());
      });
    } else runModuleAsMain(interp, r.module, exitWith);
    return;
  }
  let source: string;
  let filename: string;
  if (r.code !== undefined) {
    source = r.code;
    filename = '<string>';
  } else if (r.file !== undefined) {
    // as CPython 3.9+: __file__ and tracebacks name the script absolutely
    filename = path.resolve(r.file);
    try {
      source = fs.readFileSync(r.file, 'utf8');
    } catch (e: any) {
      process.stderr.write(`${process.argv[1] ? 'pys' : 'pys'}: can't open file ${JSON.stringify(path.resolve(r.file)).replace(/"/g, "'")}: [Errno ${Math.abs(e.errno ?? 2)}] ${e.code === 'ENOENT' ? 'No such file or directory' : e.code === 'EISDIR' ? 'Is a directory' : e.message}\n`);
      process.exitCode = 2;
      return;
    }
    if (fs.statSync(r.file).isDirectory()) {
      process.stderr.write(`pys: can't find '__main__' module in '${r.file}'\n`);
      process.exitCode = 1;
      return;
    }
  } else {
    filename = '<stdin>';
    try {
      source = fs.readFileSync(0, 'utf8');
    } catch {
      source = '';
    }
  }
  if (r.inspect) {
    // -i: the prompt follows the program, in its globals, whatever its end
    const mod = mainModule(interp, r.code !== undefined ? null : filename);
    const session = new (repl().Session)(interp, { module: mod, exit: exitWith, quiet: true, inspect: true });
    session.runSource(source, filename, () => session.open());
    return;
  }
  const code = compileMain(interp, source, filename);
  if (typeof code === 'number') {
    shutdown(interp, code, exitWith);
    return;
  }
  const mod = mainModule(interp, r.code !== undefined || r.file === undefined ? null : filename);
  runMain(interp, code, mod, exitWith);
}

/** As CPython's site module at start-up: imports sitecustomize when one is
 * on sys.path (the seed driver uses it to make stdout line-buffered); its
 * errors are reported, not fatal. */
function siteCustomize(interp: Interpreter): void {
  const found = interp.sysPath().some((d) => typeof d === 'string' && (isFile(path.join(d || '.', 'sitecustomize.py')) || isFile(path.join(d || '.', 'sitecustomize', '__init__.py'))));
  if (!found) return;
  setCurrent(interp.main);
  try {
    importSync(interp.main, 'sitecustomize');
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    const msg = formatExceptionOnly(e).join('');
    process.stderr.write(`Error in sitecustomize; set PYTHONVERBOSE for traceback:\n${msg}`);
  }
}

void importSync;
void setCurrent;
void PyBaseException;
void reportUncaught;
export type { Interpreter };

/** The REPL's module, loaded when a session starts: node:repl (and the
 * readline and vm context under it) costs start-up time that a script does
 * not need. */
function repl(): typeof import('../repl/session') {
  return require('../repl/session');
}
