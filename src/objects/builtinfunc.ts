// builtin_function_or_method: functions written in TypeScript.
//
// Signatures are data (CONVENTIONS.md, habit 3): each native declares its
// parameters once in Python syntax, e.g. 'self, sep=None, maxsplit=-1' or
// 'iterable=?, /, *, key=None, reverse=False'. One binder checks arity and
// keywords, words the TypeErrors, and calls the implementation with one JS
// argument per parameter: `*args` arrives as a JS array, `**kw` as a PyDict,
// a parameter declared `name=?` arrives as `undefined` when not given.

import { PyObject, T, type Py } from './base';
import { PyDict } from './dict';
import { PyFloat } from './float';
import { TypeError } from './raise';
import type { PyBaseException } from './exceptions';

export const enum PKind {
  PosOnly,
  PosOrKw,
  VarArgs,
  KwOnly,
  VarKw,
}

export interface Param {
  name: string;
  kind: PKind;
  /** undefined: required; OPTIONAL: pass undefined when missing. */
  def: Py;
}

export const OPTIONAL: unique symbol = Symbol('optional') as any;
// None and () do not exist yet when signatures are parsed at start-up.
const NONE_DEFAULT = Symbol('None');
const EMPTY_TUPLE_DEFAULT = Symbol('()');

export class Sig {
  params: Param[];
  /** Positional slots (PosOnly + PosOrKw). */
  npos: number;
  /** Required positional slots. */
  nreq: number;
  varargs: number;
  varkw: number;
  /** No *args/**kw/kw-only: positional calls map 1:1. */
  simple: boolean;
  text: string;
  /** Every parameter is positional-only (C's METH_O/NOARGS/FASTCALL). */
  posOnly: boolean;
  /** Arity errors worded as PyArg_ParseTuple's (signature prefix '@parsetuple '). */
  parseTuple: boolean;
  /** Required positional-only slots. */
  nposonly: number;
  constructor(text: string) {
    this.parseTuple = text.startsWith('@parsetuple ');
    if (this.parseTuple) text = text.slice(12);
    this.text = text;
    this.params = parseSig(text);
    this.npos = 0;
    this.nreq = 0;
    this.nposonly = 0;
    this.varargs = -1;
    this.varkw = -1;
    for (let i = 0; i < this.params.length; i++) {
      const p = this.params[i];
      if (p.kind === PKind.PosOnly || p.kind === PKind.PosOrKw) {
        this.npos++;
        if (p.def === undefined) {
          this.nreq = this.npos;
          if (p.kind === PKind.PosOnly) this.nposonly = this.npos;
        }
      } else if (p.kind === PKind.VarArgs) this.varargs = i;
      else if (p.kind === PKind.VarKw) this.varkw = i;
    }
    this.simple = this.params.length === this.npos;
    this.posOnly = this.params.every((p) => p.kind === PKind.PosOnly);
  }
}

function splitTop(s: string): string[] {
  const out: string[] = [];
  let depth = 0, quote = '', cur = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      cur += c;
      if (c === '\\') cur += s[++i];
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
      cur += c;
    } else if (c === '(' || c === '[') {
      depth++;
      cur += c;
    } else if (c === ')' || c === ']') {
      depth--;
      cur += c;
    } else if (c === ',' && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += c;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

function parseDefault(s: string): Py {
  if (s === '?') return OPTIONAL;
  if (s === 'None') return NONE_DEFAULT;
  if (s === 'True') return true;
  if (s === 'False') return false;
  if (s === '()') return EMPTY_TUPLE_DEFAULT;
  if (/^-?\d+$/.test(s)) return Number(s);
  if (/^-?\d*\.\d+(e-?\d+)?$/.test(s)) return new PyFloat(Number(s));
  const q = s[0];
  if ((q === '"' || q === "'") && s[s.length - 1] === q) {
    return s.slice(1, -1).replace(/\\(.)/g, (_, c) => ({ n: '\n', t: '\t', r: '\r', '0': '\0' } as any)[c] ?? c);
  }
  throw new Error(`bad default in native signature: ${s}`);
}

function parseSig(text: string): Param[] {
  const parts = splitTop(text);
  const params: Param[] = [];
  let kwonly = false;
  for (const part of parts) {
    if (part === '/') {
      for (const p of params) if (p.kind === PKind.PosOrKw) p.kind = PKind.PosOnly;
      continue;
    }
    if (part === '*') {
      kwonly = true;
      continue;
    }
    if (part.startsWith('**')) {
      params.push({ name: part.slice(2), kind: PKind.VarKw, def: undefined });
      continue;
    }
    if (part.startsWith('*')) {
      params.push({ name: part.slice(1), kind: PKind.VarArgs, def: undefined });
      kwonly = true;
      continue;
    }
    const eq = part.indexOf('=');
    const name = (eq < 0 ? part : part.slice(0, eq)).trim();
    const def = eq < 0 ? undefined : parseDefault(part.slice(eq + 1).trim());
    params.push({ name, kind: kwonly ? PKind.KwOnly : PKind.PosOrKw, def });
  }
  return params;
}

/** Resolves the placeholder defaults once None and () exist. */
export function fixDefaults(none: Py, emptyTuple: () => Py): void {
  noneValue = none;
  emptyTupleFn = emptyTuple;
}
let noneValue: Py = null;
let emptyTupleFn: () => Py = () => null;

/** The default of positional parameter j of a simple signature. */
export function paramDefault(sig: Sig, j: number): Py {
  return defaultValue(sig.params[j]);
}

function defaultValue(p: Param): Py {
  const d = p.def;
  if (d === OPTIONAL) return undefined;
  if (d === NONE_DEFAULT) return noneValue;
  if (d === EMPTY_TUPLE_DEFAULT) return emptyTupleFn();
  return d;
}

const BIND_OPTS = {};

export class PyBuiltin extends PyObject {
  name: string;
  qualname: string;
  module: string | null;
  impl: (...a: any[]) => any;
  /** The parsed signature; parsed on first use (thousands of builtins are
   * created at start-up, few are called). */
  private sigData: Sig | string;
  get sig(): Sig {
    const s = this.sigData;
    return typeof s === 'string' ? (this.sigData = new Sig(s)) : s;
  }
  set sig(s: Sig) {
    this.sigData = s;
  }
  doc: string | null;
  /** Bound receiver (module functions, bound builtin methods); else undefined. */
  self: Py;
  /** For method descriptors: the type whose method this is. */
  owner: any;
  /** Set on methods that are class methods of builtin types (dict.fromkeys). */
  classmethod = false;
  /** Set on `staticmethod`-like builtins stored in type dicts (str.maketrans). */
  staticmethod = false;
  /** Internal versions of __getattribute__/__setattr__/__delattr__ builtins:
   * fast returns MISSING instead of raising AttributeError. */
  fast?: (o: Py, name: string) => Py;
  fastSet?: (o: Py, name: string, v: Py) => void;
  fastDel?: (o: Py, name: string) => void;
  constructor(name: string, sig: string | Sig, impl: (...a: any[]) => any, opts: { qualname?: string; module?: string | null; doc?: string | null; self?: Py; owner?: any } = {}) {
    super(T.builtin_function_or_method);
    this.name = name;
    this.qualname = opts.qualname ?? name;
    this.module = opts.module ?? null;
    this.impl = impl;
    this.sigData = sig;
    this.doc = opts.doc ?? null;
    this.self = opts.self;
    this.owner = opts.owner;
  }

  /** This builtin bound to a receiver (a method of an instance, a class
   * method of a class): a copy of the same kind with `self` set. */
  bound(self: Py): PyBuiltin {
    // parse the signature here first, or every copy would parse it again
    if (typeof this.sigData === 'string') this.sigData = new Sig(this.sigData);
    if (this.constructor === PyBuiltin) {
      // the common case, field by field: Object.assign costs several
      // times more (o.method loads and hasattr bind on every use)
      const b = new PyBuiltin(this.name, this.sigData, this.impl, BIND_OPTS);
      b.qualname = this.qualname;
      b.module = this.module;
      b.doc = this.doc;
      b.self = self;
      b.owner = this.owner;
      b.classmethod = this.classmethod;
      b.staticmethod = this.staticmethod;
      if (this.fast !== undefined) b.fast = this.fast;
      if (this.fastSet !== undefined) b.fastSet = this.fastSet;
      if (this.fastDel !== undefined) b.fastDel = this.fastDel;
      if (this.dict !== null) b.dict = this.dict;
      return b;
    }
    const b = Object.assign(Object.create(Object.getPrototypeOf(this)), this) as PyBuiltin;
    b.self = self;
    return b;
  }

  /** Calls with positional `args` followed by keyword values named by
   * `kwnames` (vectorcall layout). */
  call(args: Py[], kwnames: string[] | null): Py {
    const sig = this.sig;
    if (kwnames === null && sig.simple && args.length === sig.npos) return this.impl.apply(null, args);
    return this.impl.apply(null, bindArgs(this, sig, args, kwnames));
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The TypeError for a wrong number of positional arguments to a function
 * whose parameters are all positional-only, worded as CPython's calling
 * convention for it words it (METH_NOARGS, METH_O, _PyArg_CheckPositional,
 * or PyArg_ParseTuple with the '@parsetuple' marker). */
function posOnlyArity(name: string, qualname: string, ctor: boolean, sig: Sig, given: number, skip: number) {
  const max = sig.npos - skip, min = sig.nreq - skip;
  if (sig.parseTuple) {
    const how = min === max ? 'exactly' : given < min ? 'at least' : 'at most';
    return TypeError(`${name}() takes ${how} ${plural(given < min ? min : max, 'argument')} (${given} given)`);
  }
  if (!ctor) {
    if (max === 0) return TypeError(`${qualname}() takes no arguments (${given} given)`);
    if (min === 1 && max === 1) return TypeError(`${qualname}() takes exactly one argument (${given} given)`);
  }
  if (min === max) return TypeError(`${name} expected ${plural(min, 'argument')}, got ${given}`);
  if (given < min) return TypeError(`${name} expected at least ${plural(min, 'argument')}, got ${given}`);
  return TypeError(`${name} expected at most ${plural(max, 'argument')}, got ${given}`);
}

/** Maps a call onto the parameters of `sig` (a bound self, when b has one,
 * is the first of args). Throws the TypeErrors CPython's argument parsers
 * raise: positional-only functions as their C calling convention words it,
 * the others as Argument Clinic's _PyArg_UnpackKeywords. */
export function bindArgs(b: PyBuiltin | string, sig: Sig, args: Py[], kwnames: string[] | null, skipArg = 0): Py[] {
  const params = sig.params;
  // fast path: positional call leaving trailing parameters to their defaults
  if (kwnames === null && sig.simple && args.length >= sig.nreq && args.length < sig.npos) {
    const out = args.slice();
    for (let j = args.length; j < params.length; j++) out.push(defaultValue(params[j]));
    return out;
  }
  const out = new Array(params.length);
  const nkw = kwnames ? kwnames.length : 0;
  const npos = args.length - nkw;
  let ctor = false, skip = skipArg, fname: string, qualname: string;
  if (typeof b === 'string') fname = qualname = b;
  else {
    // a builtin type's __new__/__init__ reports errors under the type's name
    ctor = b.owner !== undefined && (b.name === '__new__' || b.name === '__init__');
    skip = ctor || (b.owner !== undefined && !b.staticmethod) || b.self !== undefined ? 1 : 0;
    fname = ctor ? b.owner.name : b.name;
    qualname = ctor ? fname : b.qualname;
  }
  if (sig.posOnly && sig.varargs < 0) {
    if (nkw) throw TypeError(`${qualname}() takes no keyword arguments`);
    if (npos > sig.npos || npos < sig.nreq) throw posOnlyArity(fname, qualname, ctor, sig, npos - skip, skip);
  } else if (sig.varargs < 0 && sig.varkw < 0) {
    const maxargs = params.length - skip, given = npos - skip;
    if (given + nkw > maxargs) {
      throw TypeError(`${fname}() takes at most ${maxargs} ${given === 0 ? 'keyword ' : ''}argument${maxargs === 1 ? '' : 's'} (${given + nkw} given)`);
    }
    const maxpos = sig.npos - skip;
    if (given > maxpos) {
      if (maxpos === 0) throw TypeError(`${fname}() takes no positional arguments`);
      throw TypeError(`${fname}() takes ${sig.nreq - skip < maxpos ? 'at most' : 'exactly'} ${plural(maxpos, 'positional argument')} (${given} given)`);
    }
  } else if (npos > sig.npos && sig.varargs < 0 && params.every((p) => p.kind === PKind.PosOnly || p.kind === PKind.VarKw)) {
    // positional-only parameters plus **kwargs: PyArg_UnpackTuple's wording
    const max = sig.npos - skip;
    throw TypeError(`${fname} expected at most ${plural(max, 'argument')}, got ${npos - skip}`);
  } else if (npos > sig.npos && sig.varargs < 0) {
    const maxpos = sig.npos - skip;
    if (maxpos === 0) throw TypeError(`${fname}() takes no positional arguments`);
    throw TypeError(`${fname}() takes at most ${plural(maxpos, 'positional argument')} (${npos - skip} given)`);
  }
  if (npos < sig.nposonly) {
    const min = sig.nposonly - skip, maxpos = sig.npos - skip;
    throw TypeError(`${fname}() takes ${sig.varargs < 0 && min < maxpos ? 'at least' : 'exactly'} ${plural(min, 'positional argument')} (${npos - skip} given)`);
  }
  let i = 0;
  for (; i < npos && i < sig.npos; i++) out[i] = args[i];
  if (sig.varargs >= 0) out[sig.varargs] = npos > sig.npos ? args.slice(sig.npos, npos) : [];
  // keywords
  let kwd: PyDict | null = null;
  if (sig.varkw >= 0) out[sig.varkw] = kwd = new PyDict();
  let invalid: string | null = null;
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    const v = args[npos + k];
    let idx = -1;
    for (let j = 0; j < params.length; j++) {
      const p = params[j];
      if (p.name === name && (p.kind === PKind.PosOrKw || p.kind === PKind.KwOnly)) {
        idx = j;
        break;
      }
    }
    if (idx < 0) {
      if (kwd) {
        kwd.setS(name, v);
        continue;
      }
      if (!params.some((p) => p.kind === PKind.PosOrKw || p.kind === PKind.KwOnly)) {
        throw TypeError(`${qualname}() takes no keyword arguments`);
      }
      invalid ??= name;
      continue;
    }
    if (out[idx] !== undefined) {
      throw TypeError(`argument for ${fname}() given by name ('${name}') and position (${idx + 1 - skip})`);
    }
    out[idx] = v;
  }
  // defaults and missing
  for (let j = 0; j < params.length; j++) {
    if (out[j] !== undefined) continue;
    const p = params[j];
    if (p.kind === PKind.VarArgs || p.kind === PKind.VarKw) continue;
    if (p.def === undefined) {
      if (p.kind === PKind.KwOnly) throw TypeError(`${fname}() missing required keyword-only argument: '${p.name}'`);
      throw TypeError(`${fname}() missing required argument '${p.name}' (pos ${j + 1 - skip})`);
    }
    out[j] = defaultValue(p);
  }
  if (invalid !== null) throw TypeError(`'${invalid}' is an invalid keyword argument for ${fname}()`);
  return out;
}

/** Declares native functions from a table { name: [signature, impl] }. */
export function natives(table: Record<string, [string, (...a: any[]) => any]>, opts: { module?: string; prefix?: string } = {}): Record<string, PyBuiltin> {
  const out: Record<string, PyBuiltin> = {};
  for (const name of Object.keys(table)) {
    const [sig, impl] = table[name];
    out[name] = new PyBuiltin(name, sig, impl, { module: opts.module ?? null, qualname: opts.prefix ? `${opts.prefix}.${name}` : name });
  }
  return out;
}
