// Serializing a paused interpreter (DESIGN.md, Rule 1): the heap reachable
// from sys.modules and the main thread's frames is written as records; code
// objects travel as references to their source and index, builtin objects
// by a path from a root that the new process recreates (a type, a module
// attribute). os.fork() stands on this.

import { PyObject, T, None, NotImplemented, Ellipsis, MISSING, STOP, SUSPEND, SERIAL as CLASSES, type Py } from '../objects/base';
import { PyType } from '../objects/type';
import { PyDict, HashToken } from '../objects/dict';
import { PyModule } from '../objects/module';
import { PyCode, type CodeUnit } from '../objects/code';
import { Frame, NativeFrame } from './frame';
import { Interpreter } from './interp';
import { setCurrent } from './thread';
import { createInterpreter } from './program';
import { grammar } from './grammar';
import { compileAst } from '../compiler';
import { nativeCode } from './frame';
import { instanceDictGet, instanceDictSet } from './classes';
import * as hostfs from '../host/fs';

type Rec = Record<string, unknown>;

/** Objects that are not written but named by a path both processes build
 * the same way. */
function wellKnown(interp: Interpreter): Map<unknown, string> {
  const m = new Map<unknown, string>();
  const add = (o: unknown, name: string) => {
    if ((typeof o === 'object' && o !== null) || typeof o === 'function' || typeof o === 'symbol') {
      if (!m.has(o)) m.set(o, name);
    }
  };
  add(None, 'None');
  add(NotImplemented, 'NotImplemented');
  add(Ellipsis, 'Ellipsis');
  add(MISSING, 'MISSING');
  add(STOP, 'STOP');
  add(SUSPEND, 'SUSPEND');
  for (const name of Object.keys(T).sort()) {
    const t = T[name];
    if (t === undefined) continue;
    add(t, `T:${name}`);
    for (const [k, v] of t.dict.entries()) add(v, `T:${name}.${k}`);
    add(t.dict, `T:${name}.__dict__`);
  }
  add(nativeCode(), 'nativecode');
  add(instanceDictGet, 'fn:instanceDictGet');
  add(instanceDictSet, 'fn:instanceDictSet');
  add(interp.modules, 'modules');
  const mods = [...interp.modules.entries()]
    .filter(([k, v]) => typeof k === 'string' && v instanceof PyModule && isNativeModule(interp, k))
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
  for (const [name, mod] of mods) {
    add(mod, `mod:${name}`);
    add(mod.dict, `mod:${name}.__dict__`);
    for (const [k, v] of (mod as PyModule).dict.entries()) add(v, `mod:${name}.${k}`);
  }
  return m;
}

function isNativeModule(interp: Interpreter, name: string): boolean {
  return name === 'sys' || name === 'builtins' || interp.nativeModule(name) !== null;
}

/** The records of everything reachable from the interpreter's roots. */
export function serializeInterpreter(interp: Interpreter): string {
  const known = wellKnown(interp);
  const ids = new Map<unknown, number>();
  const recs: unknown[] = [];
  const classIndex = new Map<Function, string>();
  for (const [name, C] of Object.entries(CLASSES)) classIndex.set(C, name);
  const units = new Map<CodeUnit, number>();

  const enc = (v: unknown): unknown => {
    switch (typeof v) {
      case 'undefined':
        return { u: 1 };
      case 'boolean':
      case 'string':
        return v;
      case 'number':
        if (Number.isFinite(v) && !Object.is(v, -0)) return v;
        return { n: Object.is(v, -0) ? '-0' : String(v) };
      case 'bigint':
        return { b: v.toString() };
    }
    if (v === null) return null;
    const w = known.get(v);
    if (w !== undefined) return { w };
    let id = ids.get(v);
    if (id !== undefined) return { r: id };
    if (typeof v === 'function' || typeof v === 'symbol') throw new Error(`cannot serialize ${String((v as any).name ?? v)}`);
    id = recs.length;
    ids.set(v, id);
    recs.push(null);
    recs[id] = record(v as object);
    return { r: id };
  };

  const record = (o: object): unknown => {
    if (Array.isArray(o)) {
      // not map(): holes must come back as holes (undefined), not null
      const a = new Array(o.length);
      for (let i = 0; i < o.length; i++) a[i] = enc(o[i]);
      return { A: a };
    }
    if (o instanceof Map) return { M: [...o].map(([k, x]) => [enc(k), enc(x)]) };
    if (o instanceof Set) return { S: [...o].map(enc) };
    if (o instanceof Uint8Array) return { U8: Buffer.from(o).toString('base64') };
    if (o instanceof Int32Array) return { I32: Array.from(o) };
    if (o instanceof PyCode) {
      let u = units.get(o.unit);
      if (u === undefined) {
        u = recs.length;
        units.set(o.unit, u);
        recs.push({ unit: { filename: o.unit.filename, source: o.unit.source, mode: o.unit.mode, flags: o.unit.flags } });
      }
      return { code: u, index: o.index };
    }
    const cname = classIndex.get(o.constructor);
    if (!cname) throw new Error(`cannot serialize a ${o.constructor.name}`);
    const fields: Rec = {};
    for (const k of Object.keys(o)) {
      if (SKIP.has(k)) continue;
      fields[k] = enc((o as any)[k]);
    }
    if (o instanceof PyType && !o.builtin) {
      let b = o.base;
      while (b && !b.builtin) b = b.base;
      fields.alloc = enc(b);
    }
    return { c: cname, f: fields };
  };

  const t = interp.main;
  const state = {
    modules: enc([...interp.modules.entries()]),
    sys: enc([...interp.sys.dict.entries()]),
    builtins: enc([...interp.builtinsDict.entries()]),
    frame: enc(t.frame),
    depth: t.depth,
    excInfo: enc(t.excInfo),
    outers: enc(t.outers),
    recursionLimit: interp.recursionLimit,
    switchInterval: interp.switchInterval,
    atexit: enc(interp.atexit),
    natives: [...known.values()].filter((n) => /^mod:[^.]+$/.test(n)).map((n) => n.slice(4)),
    argv: interp.opts.argv,
    path: interp.opts.path,
  };
  return JSON.stringify({ state, recs });
}

/** Hash values of identity-hashed objects differ between processes:
 * recompute the hash buckets of restored dicts. */
function rehash(objs: unknown[]): void {
  for (const o of objs) if (o instanceof PyDict) o.rehash();
}

/** Fields rebuilt on restore rather than written. */
const SKIP = new Set(['mcache', 'subs', 'ver', 'alloc', 'flagsCache', 'keyKind', 'timer', 'ctorVer', 'ctorNew', 'ctorInit', 'ctorExc', 'jsIt']);

/** Recreates a serialized interpreter, paused, ready for resume(). */
export function restoreInterpreter(text: string, stdlibDir: string, argv?: string[]): Interpreter {
  const { state, recs } = JSON.parse(text) as { state: any; recs: any[] };
  const interp = createInterpreter({
    argv: argv ?? state.argv,
    stdlibDir,
    path: state.path,
    executable: hostfs.pathJoin(hostfs.packageRoot(__dirname), 'bin', 'pys.js'),
  });
  for (const name of state.natives as string[]) {
    const m = interp.nativeModule(name);
    if (m) interp.modules.setS(name, m);
  }
  const known = new Map<string, unknown>();
  for (const [o, name] of wellKnown(interp)) known.set(name, o);
  const objs: unknown[] = new Array(recs.length);
  const units: Map<number, CodeUnit> = new Map();
  const types: PyType[] = [];

  const dec = (v: any): any => {
    if (v === null || typeof v !== 'object') return v;
    if ('u' in v) return undefined;
    if ('n' in v) return v.n === '-0' ? -0 : Number(v.n);
    if ('b' in v) return BigInt(v.b);
    if ('w' in v) {
      if (!known.has(v.w)) throw new Error(`restore: unknown object ${v.w}`);
      return known.get(v.w);
    }
    if ('r' in v) return get(v.r);
    throw new Error('restore: bad value');
  };

  const get = (id: number): unknown => {
    if (objs[id] !== undefined) return objs[id];
    const r = recs[id];
    if (r.A) {
      const a: unknown[] = [];
      objs[id] = a;
      for (const x of r.A) a.push(dec(x));
      return a;
    }
    if (r.M) {
      const m = new Map();
      objs[id] = m;
      for (const [k, x] of r.M) m.set(dec(k), dec(x));
      return m;
    }
    if (r.S) {
      const s = new Set();
      objs[id] = s;
      for (const x of r.S) s.add(dec(x));
      return s;
    }
    if (r.U8 !== undefined) return (objs[id] = Uint8Array.from(Buffer.from(r.U8, 'base64')));
    if (r.I32) return (objs[id] = Int32Array.from(r.I32));
    if (r.unit) {
      const u = r.unit;
      const tree = grammar().parse(u.source, u.filename, u.mode);
      const top = compileAst(tree, u.filename, u.source, u.flags);
      units.set(id, top.unit);
      return (objs[id] = top.unit);
    }
    if (r.code !== undefined) {
      get(r.code);
      return (objs[id] = units.get(r.code)!.codes[r.index]);
    }
    const C = CLASSES[r.c];
    if (!C) throw new Error(`restore: unknown class ${r.c}`);
    const o = Object.create(C.prototype);
    objs[id] = o;
    for (const [k, x] of Object.entries(r.f as Rec)) {
      if (k === 'alloc') continue;
      o[k] = dec(x);
    }
    if (o instanceof PyType) {
      o.mcache = new Map();
      o.subs = [];
      o.flagsCache = 0;
      o.keyKind = 0;
      o.ctorVer = -1;
      o.alloc = (dec((r.f as Rec).alloc) as PyType).alloc;
      types.push(o);
    }
    // its version is not kept (a number, else `ver++` would make it NaN
    // and every name cache over the dict would miss)
    if (o instanceof PyDict) o.ver = 0;
    return o;
  };

  const modules = dec(state.modules) as [Py, Py][];
  rehash(objs);
  interp.modules.clear();
  for (const [k, v] of modules) interp.modules.set(k, v);
  for (const [k, v] of dec(state.sys) as [Py, Py][]) interp.sys.dict.set(k, v);
  for (const [k, v] of dec(state.builtins) as [Py, Py][]) interp.builtinsDict.set(k, v);
  for (const t of types) for (const b of t.bases) b.addSubclass(t);
  const t = interp.main;
  t.frame = dec(state.frame) as Frame | null;
  t.depth = state.depth;
  t.excInfo = dec(state.excInfo);
  t.outers = state.outers === undefined ? [] : dec(state.outers);
  interp.recursionLimit = state.recursionLimit;
  interp.switchInterval = state.switchInterval;
  interp.atexit = dec(state.atexit);
  setCurrent(t);
  interp.paused = true;
  interp.ready.push(t);
  void PyObject;
  void HashToken;
  void PyDict;
  return interp;
}
