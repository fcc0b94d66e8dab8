// id(): a stable number per object for its lifetime (CPython's address).

import type { Py } from './base';
import { strHash } from './protocol';

const ids = new WeakMap<object, number>();
let next = 0x7f0000001000;

export function objectId(o: Py): number {
  switch (typeof o) {
    case 'object': {
      let id = ids.get(o);
      if (id === undefined) {
        id = next;
        next += 48;
        ids.set(o, id);
      }
      return id;
    }
    case 'number':
      return 0x5f0000000000 + (o >= 0 && o < 1e9 ? o * 32 : Math.abs(o % 1e9) * 32 + 16);
    case 'boolean':
      return o ? 0x5e0000000020 : 0x5e0000000040;
    case 'string':
      return 0x600000000000 + (strHash(o) >>> 0) * 16;
    case 'bigint':
      return 0x610000000000 + Number(o % 1000000007n) * 16;
  }
  return 0;
}
