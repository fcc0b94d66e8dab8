// None, NotImplemented and Ellipsis.

import { T, None, NotImplemented, Ellipsis, type Py } from './base';
import { methods, staticMethods } from './typesetup';
import { TypeError } from './raise';
import { singletonHash } from './hash';

export function setupSingletons(): void {
  const one = (name: string, v: Py) => (_cls: Py, args: Py[]) => {
    if (args.length) throw TypeError(`${name} takes no arguments`);
    return v;
  };
  methods(T.NoneType, {
    __repr__: ['self, /', () => 'None'],
    __bool__: ['self, /', () => false],
    __hash__: ['self, /', () => singletonHash(None)],
  });
  staticMethods(T.NoneType, { __new__: ['cls, *args', one('NoneType', None)] });
  methods(T.NotImplementedType, {
    __repr__: ['self, /', () => 'NotImplemented'],
    __reduce__: ['self, /', () => 'NotImplemented'],
    __hash__: ['self, /', () => singletonHash(NotImplemented)],
  });
  staticMethods(T.NotImplementedType, { __new__: ['cls, *args', one('NotImplementedType', NotImplemented)] });
  methods(T.ellipsis, {
    __repr__: ['self, /', () => 'Ellipsis'],
    __reduce__: ['self, /', () => 'Ellipsis'],
    __hash__: ['self, /', () => singletonHash(Ellipsis)],
  });
  staticMethods(T.ellipsis, { __new__: ['cls, *args', one('ellipsis', Ellipsis)] });
}
