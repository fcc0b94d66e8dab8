// Small builtin behaviours that belong to no single type: generic aliases
// (list[int]) for the subscriptable builtin classes.

import { PyObject, T, NotImplemented, type Py, serial } from './base';
import { PyType } from './type';
import { PyTuple } from './tuple';
import { classMethods, methods, getsets, newType } from './typesetup';
import { repr } from './protocol';
import { makeUnion } from './union';
import { callV } from '../vm/call';
import { current } from '../vm/thread';
import { getattr } from './attrs';
import { TypeError } from './raise';

export class PyGenericAlias extends PyObject {
  constructor(public origin: Py, public args: Py[]) {
    super(T.GenericAlias);
  }
}

function argRepr(x: Py): string {
  if (x instanceof PyType) return x.moduleName === 'builtins' ? x.qualname : `${x.moduleName}.${x.qualname}`;
  if (x === T.Ellipsis) return '...';
  return repr(x);
}

export function setupMisc(): void {
  const ga = newType('GenericAlias', T.object, undefined, { module: 'types' });
  methods(ga, {
    __repr__: ['self, /', (g: PyGenericAlias) => `${argRepr(g.origin)}[${g.args.length ? g.args.map(argRepr).join(', ') : '()'}]`],
    __call__: ['self, /, *args, **kwargs', (g: PyGenericAlias, args: Py[]) => callV(current, g.origin, args, null)],
    __or__: ['self, other, /', (g: Py, o: Py) => makeUnion(g, o)],
    __ror__: ['self, other, /', (g: Py, o: Py) => makeUnion(o, g)],
    __eq__: ['self, other, /', (g: PyGenericAlias, o: Py) => (o instanceof PyGenericAlias ? g.origin === o.origin && g.args.length === o.args.length && g.args.every((a, i) => a === o.args[i]) : NotImplemented)],
    __hash__: ['self, /', (g: PyGenericAlias) => g.args.length],
    __getattr__: ['self, name, /', (g: PyGenericAlias, n: Py) => getattr(g.origin, n)],
    __mro_entries__: ['self, bases, /', (g: PyGenericAlias) => new PyTuple([g.origin])],
    __instancecheck__: ['self, obj, /', () => { throw TypeError('isinstance() argument 2 cannot be a parameterized generic'); }],
    __subclasscheck__: ['self, cls, /', () => { throw TypeError('issubclass() argument 2 cannot be a parameterized generic'); }],
  });
  getsets(ga, {
    __origin__: [(g: PyGenericAlias) => g.origin],
    __args__: [(g: PyGenericAlias) => new PyTuple(g.args)],
    __parameters__: [() => new PyTuple([])],
  });
  for (const name of ['list', 'tuple', 'dict', 'set', 'frozenset', 'type', 'enumerate', 'reversed', 'slice'] as const) {
    classMethods(T[name], {
      __class_getitem__: ['cls, item, /', (cls: Py, item: Py) => new PyGenericAlias(cls, item instanceof PyTuple ? item.items : [item])],
    });
  }
}

serial(PyGenericAlias);
