// Small builtin behaviours that belong to no single type: generic aliases
// (list[int]) for the subscriptable builtin classes.

import { PyObject, T, NotImplemented, MISSING, Ellipsis, type Py, serial } from './base';
import { PyType } from './type';
import { PyTuple } from './tuple';
import { classMethods, methods, getsets, newType, staticMethods } from './typesetup';
import { repr, richEqBool, getitem, hashExact } from './protocol';
import { makeUnion } from './union';
import { callV } from '../vm/call';
import { current } from '../vm/thread';
import { getattr, getattrOpt } from './attrs';
import { callSync } from '../vm/call';
import { TypeError } from './raise';

export class PyGenericAlias extends PyObject {
  constructor(public origin: Py, public args: Py[], cls?: PyType) {
    super(cls ?? T.GenericAlias);
  }
}

function argRepr(x: Py): string {
  if (x instanceof PyType) return x.moduleName === 'builtins' ? x.qualname : `${x.moduleName}.${x.qualname}`;
  if (x === Ellipsis) return '...';
  return repr(x);
}

/** The type variables an alias still has, in first-seen order: arguments
 * with __typing_subst__ (TypeVar, ParamSpec) and those of nested aliases. */
export function parametersOf(args: Py[]): Py[] {
  const out: Py[] = [];
  for (const a of args) {
    if (a instanceof PyType) continue;
    if (getattrOpt(a, '__typing_subst__') !== MISSING) {
      if (!out.includes(a)) out.push(a);
      continue;
    }
    const ps = getattrOpt(a, '__parameters__');
    if (ps instanceof PyTuple) for (const p of ps.items) if (!out.includes(p)) out.push(p);
  }
  return out;
}

function aliasRepr(g: PyGenericAlias): string {
  return `${argRepr(g.origin)}[${g.args.length ? g.args.map(argRepr).join(', ') : '()'}]`;
}

/** g[items]: substitutes g's type variables. */
function substitute(g: PyGenericAlias, items: Py): Py {
  return new PyGenericAlias(g.origin, substituteArgs(g.args, items, aliasRepr(g)), g.cls);
}

/** The arguments of an alias (or union) whose type variables are replaced
 * by `items`; `what` names it in errors. */
export function substituteArgs(args: Py[], items: Py, what: string): Py[] {
  const params = parametersOf(args);
  if (!params.length) throw TypeError(`${what} is not a generic class`);
  const vals = items instanceof PyTuple ? items.items : [items];
  if (vals.length !== params.length) {
    throw TypeError(`Too ${vals.length > params.length ? 'many' : 'few'} arguments for ${what}; actual ${vals.length}, expected ${params.length}`);
  }
  const subst = (a: Py): Py => {
    const i = params.indexOf(a);
    if (i >= 0) {
      const f = getattrOpt(a, '__typing_subst__');
      return f !== MISSING ? callSync(f, [vals[i]]) : vals[i];
    }
    if (a instanceof PyType) return a;
    const ps = getattrOpt(a, '__parameters__');
    if (ps instanceof PyTuple && ps.items.length) {
      const sub = ps.items.map((p) => vals[params.indexOf(p)]);
      return getitem(a, sub.length === 1 ? sub[0] : new PyTuple(sub));
    }
    return a;
  };
  return args.map(subst);
}

export function setupMisc(): void {
  const ga = newType('GenericAlias', T.object, undefined, { module: 'types' });
  staticMethods(ga, {
    __new__: ['cls, origin, args, /', (cls: PyType, origin: Py, args: Py) => new PyGenericAlias(origin, args instanceof PyTuple ? args.items : [args], cls)],
  });
  methods(ga, {
    __repr__: ['self, /', (g: PyGenericAlias) => aliasRepr(g)],
    __call__: ['self, /, *args, **kwargs', (g: PyGenericAlias, args: Py[]) => callV(current, g.origin, args, null)],
    __getitem__: ['self, key, /', (g: PyGenericAlias, k: Py) => substitute(g, k)],
    __or__: ['self, other, /', (g: Py, o: Py) => makeUnion(g, o)],
    __ror__: ['self, other, /', (g: Py, o: Py) => makeUnion(o, g)],
    __eq__: ['self, other, /', (g: PyGenericAlias, o: Py) => {
      if (!(o instanceof PyGenericAlias)) return NotImplemented;
      return richEqBool(g.origin, o.origin) && g.args.length === o.args.length && g.args.every((a, i) => richEqBool(a, o.args[i]));
    }],
    __hash__: ['self, /', (g: PyGenericAlias) => {
      const h = hashExact(g.origin), ah = hashExact(new PyTuple(g.args));
      return typeof h === 'number' && typeof ah === 'number' ? (h ^ ah) | 0 : Number(BigInt.asIntN(32, BigInt(h) ^ BigInt(ah)));
    }],
    __getattr__: ['self, name, /', (g: PyGenericAlias, n: Py) => getattr(g.origin, n)],
    __mro_entries__: ['self, bases, /', (g: PyGenericAlias) => new PyTuple([g.origin])],
    __reduce__: ['self, /', (g: PyGenericAlias) => new PyTuple([T.GenericAlias, new PyTuple([g.origin, new PyTuple(g.args)])])],
    __instancecheck__: ['self, obj, /', () => { throw TypeError('isinstance() argument 2 cannot be a parameterized generic'); }],
    __subclasscheck__: ['self, cls, /', () => { throw TypeError('issubclass() argument 2 cannot be a parameterized generic'); }],
  });
  getsets(ga, {
    __origin__: [(g: PyGenericAlias) => g.origin],
    __args__: [(g: PyGenericAlias) => new PyTuple(g.args)],
    __parameters__: [(g: PyGenericAlias) => new PyTuple(parametersOf(g.args))],
    __unpacked__: [() => false],
  });
  for (const name of ['list', 'tuple', 'dict', 'set', 'frozenset', 'type', 'enumerate', 'reversed', 'slice'] as const) {
    classMethods(T[name], {
      __class_getitem__: ['cls, item, /', (cls: Py, item: Py) => new PyGenericAlias(cls, item instanceof PyTuple ? item.items : [item])],
    });
  }
}

serial(PyGenericAlias);
