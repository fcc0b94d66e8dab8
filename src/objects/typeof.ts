// The class of any Python value, and quick type tests.

import { T, type Py } from './base';
import type { PyType } from './type';

/** type(x). */
export function typeOf(x: Py): PyType {
  switch (typeof x) {
    case 'object':
      return x.cls;
    case 'number':
    case 'bigint':
      return T.int;
    case 'string':
      return T.str;
    case 'boolean':
      return T.bool;
  }
  throw new Error(`internal error: ${String(x)} (${typeof x}) is not a Python value`);
}

/** type(x).__name__, for messages. */
export function typeName(x: Py): string {
  const t = typeOf(x);
  return t.tpName ?? t.name;
}

/** isinstance(x, cls) without __instancecheck__ hooks. */
export function isInstance(x: Py, cls: PyType): boolean {
  return typeOf(x).isSubtype(cls);
}

/** Plain int (not bool), as number or bigint. */
export function isIntExact(x: Py): x is number | bigint {
  return typeof x === 'number' || typeof x === 'bigint';
}
