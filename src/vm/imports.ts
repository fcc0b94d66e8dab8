// The import system: sys.modules, native modules (stdlib/*.ts), and source
// modules found on sys.path (.py or .pys files, packages with __init__).
// Running a module body is a frame on the importing thread, so an import can
// suspend like any call.

import { T, SUSPEND, MISSING, None, type Py, serial } from '../objects/base';
import { PyDict } from '../objects/dict';
import { PyList } from '../objects/list';
import { PyModule } from '../objects/module';
import { ImportError, ModuleNotFoundError, TypeError, ValueError, KeyError, exc } from '../objects/raise';
import { strValue } from '../objects/strutil';
import { getattrOpt, getattr } from '../objects/attrs';
import { iterToArray } from '../objects/iter';
import { Frame, NativeFrame } from './frame';
import type { Thread } from './thread';
import type { Interpreter } from './interp';
import { compileSource } from './compile';
import { enter } from './call';
import { runNested } from './run';
import * as hostfs from '../host/fs';
import { PyBaseException } from '../objects/exceptions';
import { typeName } from '../objects/typeof';

/** Where a module's source is. */
interface Found {
  file: string;
  isPackage: boolean;
}

function findSource(interp: Interpreter, name: string, searchPath: string[]): Found | null {
  const leaf = name.slice(name.lastIndexOf('.') + 1);
  for (const dir of searchPath) {
    const base = hostfs.pathJoin(dir || '.', leaf);
    for (const ext of ['.py', '.pys']) {
      const init = hostfs.pathJoin(base, '__init__' + ext);
      if (hostfs.isFile(init)) return { file: init, isPackage: true };
    }
    for (const ext of ['.py', '.pys']) {
      if (hostfs.isFile(base + ext)) return { file: base + ext, isPackage: false };
    }
  }
  void interp;
  return null;
}

/** The directories to search for a top-level module or a submodule. */
function searchPathFor(interp: Interpreter, parent: PyModule | null): string[] {
  if (parent) {
    const p = parent.dict.getS('__path__');
    return p instanceof PyList ? p.items.map((x) => strValue(x) ?? '') : [];
  }
  const sp = interp.sysPath();
  return sp.map((x) => strValue(x) ?? '').concat([interp.stdlibDir]);
}

/** Makes the module object for a found source file and its body frame. */
function prepareSourceModule(interp: Interpreter, name: string, found: Found): { mod: PyModule; frame: Frame } {
  const src = hostfs.readText(found.file);
  if (src === null) throw ImportError(`cannot read ${found.file}`);
  const code = compileSource(src, found.file, 'exec', 0, true);
  const mod = new PyModule(name);
  const d = mod.dict;
  d.setS('__file__', found.file);
  d.setS('__cached__', None);
  if (found.isPackage) {
    d.setS('__path__', new PyList([hostfs.pathDirname(found.file)]));
    d.setS('__package__', name);
  } else d.setS('__package__', name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : '');
  d.setS('__builtins__', interp.builtinsModule);
  const f = new Frame(code, null, d, interp.builtinsDict, d);
  return { mod, frame: f };
}

/** Loads module `name` (whose parent, if any, is loaded): returns the module
 * or SUSPEND after pushing its body frame (and a continuation that returns
 * the module). Throws ModuleNotFoundError. */
function loadModule(t: Thread, interp: Interpreter, name: string, parent: PyModule | null): Py {
  const modules = interp.modules;
  const have = modules.getS(name);
  if (have !== undefined) return have;
  const native = interp.nativeModule(name);
  if (native) {
    modules.setS(name, native);
    if (parent) setChild(parent, name, native);
    return native;
  }
  const found = findSource(interp, name, searchPathFor(interp, parent));
  if (!found) {
    const e = ModuleNotFoundError(`No module named '${name}'`);
    e.dict = new PyDict();
    e.dict.setS('name', name);
    throw e;
  }
  const { mod, frame } = prepareSourceModule(interp, name, found);
  modules.setS(name, mod);
  mod.initializing = true;
  const cont = new ModuleDone(t.frame, interp, name, mod, parent);
  cont.back = t.frame;
  t.frame = cont;
  t.depth++;
  return enter(t, frame);
}

function setChild(parent: PyModule, name: string, child: Py): void {
  parent.dict.setS(name.slice(name.lastIndexOf('.') + 1), child);
}

/** Below a module body frame: on success hands down the module (as found in
 * sys.modules, which the body may have replaced); on failure removes it. */
class ModuleDone extends NativeFrame {
  constructor(base: Frame | null, public interp: Interpreter, public name: string, public mod: PyModule, public parent: PyModule | null) {
    super(base);
  }
  step(t: Thread): Py {
    this.mod.initializing = false;
    if (t.exc) {
      const e = t.exc;
      t.exc = null;
      this.interp.modules.pop(this.name);
      throw e;
    }
    const m = this.interp.modules.getS(this.name);
    if (m === undefined) throw KeyError(this.name);
    if (this.parent) setChild(this.parent, this.name, m);
    return m;
  }
}

/** Imports the dotted `parts` one by one (each may run a module body). */
class ImportChain extends NativeFrame {
  i = 0;
  mods: Py[] = [];
  constructor(base: Frame | null, public interp: Interpreter, public parts: string[], public result: (mods: Py[]) => Py) {
    super(base);
  }
  step(t: Thread): Py {
    if (t.exc) {
      const e = t.exc;
      t.exc = null;
      throw e;
    }
    if (this.i > 0 && this.mods.length < this.i) this.mods.push(t.rv);
    return this.advance(t);
  }
  advance(t: Thread): Py {
    while (this.i < this.parts.length) {
      const name = this.parts.slice(0, this.i + 1).join('.');
      const parent = this.i > 0 ? (this.mods[this.i - 1] as PyModule) : null;
      if (parent && !(parent instanceof PyModule && parent.dict.getS('__path__') !== undefined) && this.interp.modules.getS(name) === undefined) {
        throw ModuleNotFoundError(`No module named '${name}'; '${this.parts.slice(0, this.i).join('.')}' is not a package`);
      }
      this.i++;
      const r = loadModule(t, this.interp, name, parent);
      if (r === SUSPEND) return SUSPEND;
      this.mods.push(r);
    }
    return this.result(this.mods);
  }
}

/** The absolute module name for a (possibly relative) import in globals g. */
export function resolveName(name: string, globals: PyDict, level: number): string {
  if (level === 0) return name;
  let pkg = strValue(globals.getS('__package__') ?? None);
  if (pkg === null) {
    const n = strValue(globals.getS('__name__') ?? None);
    if (n === null) throw KeyError("'__name__' not in globals");
    pkg = globals.getS('__path__') !== undefined ? n : n.slice(0, Math.max(0, n.lastIndexOf('.')));
  }
  if (!pkg) throw ImportError('attempted relative import with no known parent package');
  const bits = pkg.split('.');
  if (level - 1 >= bits.length) throw ImportError('attempted relative import beyond top-level package');
  const base = bits.slice(0, bits.length - (level - 1)).join('.');
  return name ? `${base}.${name}` : base;
}

/** IMPORT_NAME: `import a.b` (top module), `import a.b as c` (leaf),
 * `from a.b import x` (leaf, fromlist). */
export function importName(t: Thread, f: Frame, name: string, fromlist: string[] | null, level: number, asLeaf: number): Py {
  const interp = t.interp;
  const full = resolveName(name, f.globals, level);
  return importModule(t, interp, full, fromlist !== null || asLeaf === 1);
}

/** Imports `full`; returns the leaf or the top-level package. */
export function importModule(t: Thread, interp: Interpreter, full: string, leaf: boolean): Py {
  if (!full) throw ValueError('Empty module name');
  const have = interp.modules.getS(full);
  if (have !== undefined && have !== None) {
    if (leaf || !full.includes('.')) return have;
    const top = interp.modules.getS(full.slice(0, full.indexOf('.')));
    if (top !== undefined) return top;
  }
  const parts = full.split('.');
  const chain = new ImportChain(t.frame, interp, parts, (mods) => (leaf ? mods[mods.length - 1] : mods[0]));
  chain.back = t.frame;
  t.frame = chain;
  t.depth++;
  let r: Py;
  try {
    r = chain.advance(t);
  } catch (e) {
    // failed before anything was pushed above the chain: take it off again
    // (left on the stack, a later resume would run it)
    t.frame = chain.back;
    t.depth--;
    throw e;
  }
  if (r === SUSPEND) return SUSPEND;
  t.frame = chain.back;
  t.depth--;
  return r;
}

/** `from m import name`: an attribute, or a submodule of package m. */
export function importFrom(t: Thread, m: Py, name: string): Py {
  const v = getattrOpt(m, name);
  if (v !== MISSING) return v;
  const pkgName = m instanceof PyModule ? m.name : null;
  if (pkgName && m.dict.getS('__path__') !== undefined) {
    const full = `${pkgName}.${name}`;
    try {
      const r = importModule(t, t.interp, full, true);
      return r;
    } catch (e) {
      if (!(e instanceof PyBaseException && e.cls === T.ModuleNotFoundError)) throw e;
    }
  }
  const file = m instanceof PyModule ? strValue(m.dict.getS('__file__') ?? None) : null;
  const where = file ? ` (${file})` : m instanceof PyModule && m.dict.getS('__file__') === undefined ? ' (unknown location)' : '';
  const partial = m instanceof PyModule && m.initializing;
  const e = partial
    ? ImportError(`cannot import name '${name}' from partially initialized module '${pkgName}' (most likely due to a circular import)${where}`)
    : ImportError(`cannot import name '${name}' from '${pkgName ?? '?'}'${where}`);
  e.dict = new PyDict();
  e.dict.setS('name', pkgName ?? None);
  throw e;
}

/** `from m import *` into namespace N. */
export function importStar(m: Py, N: Py): void {
  const all = getattrOpt(m, '__all__');
  let names: string[];
  if (all !== MISSING) {
    names = iterToArray(all).map((x) => {
      const s = strValue(x);
      if (s === null) throw TypeError(`Item in ${m instanceof PyModule ? m.name : 'module'}.__all__ must be str, not ${typeName(x)}`);
      return s;
    });
  } else {
    const d = m.dict as PyDict;
    names = [...d.keys()].filter((k) => typeof k === 'string' && !k.startsWith('_'));
  }
  for (const n of names) {
    const v = getattr(m, n);
    if (N instanceof PyDict) N.setS(n, v);
  }
}

/** Imports from native code, running module bodies in a nested loop. */
export function importSync(t: Thread, name: string): Py {
  const base = t.frame;
  const r = importModule(t, t.interp, name, true);
  if (r === SUSPEND) return runNested(t, base);
  return r;
}

void exc;

serial(ImportChain, ModuleDone);
