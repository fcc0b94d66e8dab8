// Node system errors -> Python OSError (the subclass CPython picks by errno).

import { T, type Py } from '../objects/base';
import { PyBaseException } from '../objects/exceptions';
import { callSync } from '../vm/call';
import { strerror, errnoOf } from '../host/errno';

/** An OSError for a Node error object `e` (with its .code), for filename(s). */
export function osError(e: any, filename?: Py, filename2?: Py): PyBaseException {
  if (e instanceof PyBaseException) return e;
  const code: string = e?.code ?? 'EIO';
  const n = errnoOf(code) || Math.abs(e?.errno ?? 5);
  const args: Py[] = [n, strerror(code)];
  if (filename !== undefined) {
    args.push(filename);
    if (filename2 !== undefined) args.push(0, filename2);
  }
  return callSync(T.OSError, args);
}

/** An OSError from an errno code name. */
export function osErrorCode(code: string, filename?: Py): PyBaseException {
  return osError({ code }, filename);
}
