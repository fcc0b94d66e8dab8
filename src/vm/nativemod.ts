// Building native modules from data tables (see src/README.md).

import type { Py } from '../objects/base';
import { PyModule } from '../objects/module';
import { natives } from '../objects/builtinfunc';

export type FnTable = Record<string, [string, (...a: any[]) => any]>;

/** A module `name` with the given functions and attributes. */
export function makeModule(name: string, fns: FnTable, attrs: Record<string, Py> = {}, doc?: string): PyModule {
  const m = new PyModule(name);
  const d = m.dict;
  if (doc !== undefined) d.setS('__doc__', doc);
  for (const [k, v] of Object.entries(natives(fns, { module: name }))) d.setS(k, v);
  for (const [k, v] of Object.entries(attrs)) d.setS(k, v);
  return m;
}
