// Builtins that check their own arity the way CPython's C calling
// conventions word it (METH_O "math.sin() takes exactly one argument (0
// given)", METH_FASTCALL "atan2 expected 2 arguments, got 1", METH_NOARGS
// ...). The generic binder words these as Argument Clinic does for keyword
// functions, which is right for those but not for positional C functions.
// Shared by the native modules of math, operator, itertools, functools,
// heapq, bisect, random, struct and time.

import { type Py } from '../src/objects/base';
import { PyBuiltin } from '../src/objects/builtinfunc';
import { TypeError } from '../src/objects/raise';
import type { PyType } from '../src/objects/type';

export const enum Style {
  /** METH_O: "mod.f() takes exactly one argument (N given)". */
  O,
  /** METH_NOARGS: "mod.f() takes no arguments (N given)". */
  NoArgs,
  /** METH_FASTCALL with _PyArg_CheckPositional: "f expected N arguments, got M". */
  Fast,
  /** METH_VARARGS with PyArg_UnpackTuple: same wording as Fast. */
  Varargs,
}

function sigFor(min: number, max: number, method: boolean): string {
  if (min !== max) return '*args';
  const names: string[] = method ? ['self'] : [];
  for (let i = 0; i < min; i++) names.push('a' + i);
  names.push('/');
  return names.join(', ');
}

/** A positional-only builtin (no keywords) taking min..max arguments. */
export class CFunc extends PyBuiltin {
  constructor(
    name: string,
    public full: string,
    public min: number,
    public max: number,
    public style: Style,
    impl: (...a: any[]) => any,
    opts: { module?: string | null; owner?: PyType; doc?: string | null } = {},
  ) {
    // A plain signature so the call1/call2 fast paths reach impl directly
    // when the arity is fixed; every other call goes through call() below.
    super(name, sigFor(min, max, opts.owner !== undefined), impl, {
      qualname: opts.owner ? `${opts.owner.name}.${name}` : name,
      module: opts.module ?? null,
      owner: opts.owner,
      doc: opts.doc ?? null,
    });
    this.spread = max <= 4;
  }
  /** impl takes one JS argument per Python argument (else one array). */
  spread: boolean;
  /** The name in "f expected N arguments" messages, when not this.name. */
  ename?: string;

  override call(args: Py[], kwnames: string[] | null): Py {
    if (kwnames !== null && kwnames.length) throw TypeError(`${this.full}() takes no keyword arguments`);
    const skip = this.owner !== undefined ? 1 : 0;
    const n = args.length - skip;
    if (n < this.min || n > this.max) throw this.arityError(n);
    if (this.spread) return this.impl.apply(null, args);
    if (skip) return this.impl(args[0], args.slice(1));
    return this.impl(args);
  }

  arityError(n: number) {
    const { min, max } = this;
    switch (this.style) {
      case Style.O:
        return TypeError(`${this.full}() takes exactly one argument (${n} given)`);
      case Style.NoArgs:
        return TypeError(`${this.full}() takes no arguments (${n} given)`);
      default: {
        const name = this.ename ?? this.name;
        if (min === max) return TypeError(`${name} expected ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
        if (n < min) return TypeError(`${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
        return TypeError(`${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
      }
    }
  }
}

export type CTable = Record<string, [number, number, Style, (...a: any[]) => any]>;

/** Module functions from { name: [min, max, style, impl] }; impl gets one JS
 * argument per Python argument (missing ones undefined), or, when max is
 * Infinity or above 3, a single array. */
export function cfuncs(module: string, table: CTable): Record<string, CFunc> {
  const out: Record<string, CFunc> = {};
  for (const name of Object.keys(table)) {
    const [min, max, style, impl] = table[name];
    out[name] = new CFunc(name, `${module}.${name}`, min, max, style, impl, { module });
  }
  return out;
}

/** Methods of a builtin type from the same table format (impl gets self first). */
export function cmethods(t: PyType, table: CTable): void {
  for (const name of Object.keys(table)) {
    const [min, max, style, impl] = table[name];
    t.dict.setS(name, new CFunc(name, `${t.name}.${name}`, min, max, style, impl, { owner: t }));
  }
  t.modified();
}

/** A module function declared with a Python signature (the core binder
 * words its errors as Argument Clinic does). */
export function kwfunc(module: string, name: string, sig: string, impl: (...a: any[]) => any): PyBuiltin {
  return new PyBuiltin(name, sig, impl, { module });
}

/** Sets tp.__new__ from a signature starting with cls; the binder reports
 * errors under the type's name ("count() takes at most 2 arguments"). */
export function setNew(tp: PyType, sig: string, impl: (...a: any[]) => any): void {
  const f = new PyBuiltin('__new__', sig, impl, { qualname: `${tp.name}.__new__`, owner: tp });
  f.staticmethod = true;
  tp.dict.setS('__new__', f);
  tp.modified();
}

/** A builtin receiving the raw vectorcall layout (args, kwnames), for the
 * few callables whose argument handling is their own (partial.__call__,
 * Random.__init__). */
export class RawFunc extends PyBuiltin {
  constructor(name: string, qualname: string, owner: PyType | undefined, impl: (args: Py[], kwnames: string[] | null) => Py) {
    super(name, '*args, **kwargs', impl, { qualname, owner });
  }
  override call(args: Py[], kwnames: string[] | null): Py {
    return this.impl(args, kwnames);
  }
}
