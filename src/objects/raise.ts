// One way to make exceptions from TypeScript (CONVENTIONS.md, habit 5):
//   throw TypeError(`'${name}' object is not callable`)
// Each helper returns a new Python exception instance for `throw`.

import { T, type Py } from './base';
import { PyBaseException } from './exceptions';

/** A new instance of the exception class `cls` with `args`. */
export function exc(cls: any, ...args: Py[]): PyBaseException {
  const e = new PyBaseException(cls);
  e.args = args;
  return e;
}

const make = (name: string) => (msg: string) => exc(T[name], msg);

export const TypeError = make('TypeError');
export const ValueError = make('ValueError');
export const IndexError = make('IndexError');
export const AttributeError = make('AttributeError');
export const NameError = make('NameError');
export const UnboundLocalError = make('UnboundLocalError');
export const ZeroDivisionError = make('ZeroDivisionError');
export const OverflowError = make('OverflowError');
export const RuntimeError = make('RuntimeError');
export const RecursionError = make('RecursionError');
export const NotImplementedError = make('NotImplementedError');
export const SystemError = make('SystemError');
export const ImportError = make('ImportError');
export const ModuleNotFoundError = make('ModuleNotFoundError');
export const AssertionError = make('AssertionError');
export const LookupError = make('LookupError');
export const UnicodeError = make('UnicodeError');
export const BufferError = make('BufferError');
export const EOFError = make('EOFError');
export const MemoryError = make('MemoryError');

/** KeyError carries the key itself (its str() is the key's repr). */
export function KeyError(key: Py): PyBaseException {
  return exc(T.KeyError, key);
}
export function StopIteration(value?: Py): PyBaseException {
  return value === undefined ? exc(T.StopIteration) : exc(T.StopIteration, value);
}
