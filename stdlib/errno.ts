// errno: the Linux error numbers by name, and errorcode (number -> name).
// https://docs.python.org/3.11/library/errno.html

import { PyModule } from '../src/objects/module';
import { PyDict } from '../src/objects/dict';
import type { Py } from '../src/objects/base';
import { makeModule } from '../src/vm/nativemod';
import { ERRNO_TABLE, PREFERRED_NAME } from '../src/host/errno';

const DOC = `This module makes available standard errno system symbols.

The value of each symbol is the corresponding integer value,
e.g., on most systems, errno.ENOENT equals the integer 2.

The dictionary errno.errorcode maps numeric codes to symbol names,
e.g., errno.errorcode[2] could be the string 'ENOENT'.

Symbols that are not relevant to the underlying system are not defined.

To map error codes to error messages, use the function os.strerror(),
e.g. os.strerror(2) could return 'No such file or directory'.`;

/** Creates the errno module. */
export function init(): PyModule {
  const names: Record<string, Py> = {};
  const errorcode = new PyDict();
  for (const [name, n] of ERRNO_TABLE) {
    names[name] = n;
    if (PREFERRED_NAME[n] === undefined || PREFERRED_NAME[n] === name) errorcode.set(n, name);
  }
  return makeModule('errno', {}, { ...names, errorcode }, DOC);
}
