// Statements and hooks that reach the interpreter's state: the REPL's
// displayhook, the Python 2 print statement, exec, and locals().

import { T, None, SUSPEND, MISSING, type Py } from '../objects/base';
import { PyModule } from '../objects/module';
import { PyDict } from '../objects/dict';
import { PyCode } from '../objects/code';
import { PyCell } from '../objects/cell';
import { TypeError, RuntimeError } from '../objects/raise';
import { typeName } from '../objects/typeof';
import { strValue } from '../objects/strutil';
import { bytesValue } from '../objects/bytesutil';
import { str as pyStr } from '../objects/protocol';
import { getattr, getattrOpt, setattr } from '../objects/attrs';
import { callSync } from './call';
import { Frame } from './frame';
import type { Thread } from './thread';
import { current } from './thread';
import { compileSource } from './compile';

/** The interpreter's sys module attribute `name`. */
export function sysAttr(name: string): Py {
  const v = current.interp.sys.dict.getS(name);
  if (v === undefined) throw RuntimeError(`lost sys.${name}`);
  return v;
}

export function displayhook(v: Py): void {
  callSync(sysAttr('displayhook'), [v]);
}

/** locals() of a frame: its namespace, or a snapshot of its fast locals. */
export function localsOf(f: Frame): PyDict {
  if (f.ns instanceof PyDict) return f.ns;
  if (f.ns !== null) return f.ns as any;
  const d = new PyDict();
  const c = f.code;
  c.varnames.forEach((n, i) => {
    const v = f.L[i];
    if (v !== undefined && !(v instanceof PyCell && c.cellvars.includes(n))) d.setS(n, v);
  });
  const cells = [...c.cellvars, ...c.freevars];
  cells.forEach((n, j) => {
    const cell = f.L[c.cellBase + j];
    if (cell instanceof PyCell && cell.v !== undefined) d.setS(n, cell.v);
  });
  return d;
}

/** The code object for exec/eval of x (source text or code). */
export function codeFor(x: Py, mode: 'exec' | 'eval', what: string): PyCode {
  if (x instanceof PyCode) return x;
  let src = strValue(x);
  if (src === null) {
    const b = bytesValue(x);
    if (b) src = Buffer.from(b).toString('utf8');
  }
  if (src === null) throw TypeError(`${what}() arg 1 must be a string, bytes or code object`);
  if (mode === 'eval') src = src.replace(/^[ \t]+/, '');
  return compileSource(src, '<string>', mode);
}

/** Runs code in globals g and namespace l on thread t (pushes its frame). */
export function runCodeIn(t: Thread, code: PyCode, g: Py, l: Py): Py {
  if (!(g instanceof PyDict)) throw TypeError(`globals must be a dict, not ${typeName(g)}`);
  let b = g.getS('__builtins__');
  if (b === undefined) g.setS('__builtins__', (b = t.interp.builtinsModule));
  // as CPython: the builtins of exec'd code are globals['__builtins__']
  const builtins = b instanceof PyModule ? b.dict : b instanceof PyDict ? b : t.interp.builtinsDict;
  const f = new Frame(code, null, g, builtins, l);
  f.back = t.frame;
  t.frame = f;
  t.depth++;
  return SUSPEND;
}

/** py2: exec code [in g [, l]] */
export function execStmt(t: Thread, code: Py, g: Py, l: Py): Py {
  return runCodeIn(t, codeFor(code, 'exec', 'exec'), g, l);
}

/** py2: print [>>dest,] values [,] with softspace. */
export function py2print(dest: Py, values: Py[], nl: boolean): void {
  const file = dest === null || dest === None ? sysAttr('stdout') : dest;
  const write = getattr(file, 'write');
  const soft = (): boolean => {
    const s = getattrOpt(file, 'softspace');
    return s !== MISSING && s === true;
  };
  const setSoft = (v: boolean) => {
    try {
      setattr(file, 'softspace', v);
    } catch {
      // objects without a settable softspace just don't get one
    }
  };
  for (const v of values) {
    if (soft()) callSync(write, [' ']);
    const s = pyStr(v);
    callSync(write, [s]);
    const last = s[s.length - 1];
    setSoft(!(typeof v === 'string' && s.length > 0 && /\s/.test(last) && last !== ' '));
  }
  if (nl) {
    callSync(write, ['\n']);
    setSoft(false);
  }
}

void T;
