// BaseException and the builtin exception hierarchy of CPython 3.11.
// Python exceptions are thrown as JS values directly (not JS Errors): no JS
// stack is captured, and `catch` in generated code gets the Python object.

import { PyObject, T, type Py, serial } from './base';
import { builtinType, c3, type PyType } from './type';
import type { Frame } from '../vm/frame';

export class PyTraceback extends PyObject {
  constructor(public frame: Frame, public lineno: number, public next: PyTraceback | null, public lasti = -1) {
    super(T.traceback);
  }
}

export class PyBaseException extends PyObject {
  args: Py[] = [];
  traceback: PyTraceback | null = null;
  cause: Py = null; // null = None not set; else exception or None object
  context: Py = null;
  suppressContext = false;
  notes: Py = null;
  constructor(cls: PyType) {
    super(cls);
  }
}

/** [name, base, module?] in definition order; the attribute-carrying
 * subclasses get their behaviour in builtins/exceptions-methods.ts. */
const HIERARCHY: [string, string][] = [
  ['BaseException', 'object'],
  ['BaseExceptionGroup', 'BaseException'],
  ['GeneratorExit', 'BaseException'],
  ['KeyboardInterrupt', 'BaseException'],
  ['SystemExit', 'BaseException'],
  ['Exception', 'BaseException'],
  ['ArithmeticError', 'Exception'],
  ['FloatingPointError', 'ArithmeticError'],
  ['OverflowError', 'ArithmeticError'],
  ['ZeroDivisionError', 'ArithmeticError'],
  ['AssertionError', 'Exception'],
  ['AttributeError', 'Exception'],
  ['BufferError', 'Exception'],
  ['EOFError', 'Exception'],
  ['ExceptionGroup', 'BaseExceptionGroup'],
  ['ImportError', 'Exception'],
  ['ModuleNotFoundError', 'ImportError'],
  ['LookupError', 'Exception'],
  ['IndexError', 'LookupError'],
  ['KeyError', 'LookupError'],
  ['MemoryError', 'Exception'],
  ['NameError', 'Exception'],
  ['UnboundLocalError', 'NameError'],
  ['OSError', 'Exception'],
  ['BlockingIOError', 'OSError'],
  ['ChildProcessError', 'OSError'],
  ['ConnectionError', 'OSError'],
  ['BrokenPipeError', 'ConnectionError'],
  ['ConnectionAbortedError', 'ConnectionError'],
  ['ConnectionRefusedError', 'ConnectionError'],
  ['ConnectionResetError', 'ConnectionError'],
  ['FileExistsError', 'OSError'],
  ['FileNotFoundError', 'OSError'],
  ['InterruptedError', 'OSError'],
  ['IsADirectoryError', 'OSError'],
  ['NotADirectoryError', 'OSError'],
  ['PermissionError', 'OSError'],
  ['ProcessLookupError', 'OSError'],
  ['TimeoutError', 'OSError'],
  ['ReferenceError', 'Exception'],
  ['RuntimeError', 'Exception'],
  ['NotImplementedError', 'RuntimeError'],
  ['RecursionError', 'RuntimeError'],
  ['StopAsyncIteration', 'Exception'],
  ['StopIteration', 'Exception'],
  ['SyntaxError', 'Exception'],
  ['IndentationError', 'SyntaxError'],
  ['TabError', 'IndentationError'],
  ['SystemError', 'Exception'],
  ['TypeError', 'Exception'],
  ['ValueError', 'Exception'],
  ['UnicodeError', 'ValueError'],
  ['UnicodeDecodeError', 'UnicodeError'],
  ['UnicodeEncodeError', 'UnicodeError'],
  ['UnicodeTranslateError', 'UnicodeError'],
  ['Warning', 'Exception'],
  ['BytesWarning', 'Warning'],
  ['DeprecationWarning', 'Warning'],
  ['EncodingWarning', 'Warning'],
  ['FutureWarning', 'Warning'],
  ['ImportWarning', 'Warning'],
  ['PendingDeprecationWarning', 'Warning'],
  ['ResourceWarning', 'Warning'],
  ['RuntimeWarning', 'Warning'],
  ['SyntaxWarning', 'Warning'],
  ['UnicodeWarning', 'Warning'],
  ['UserWarning', 'Warning'],
];

/** Names of all builtin exception classes, in definition order. */
export const EXCEPTION_NAMES = HIERARCHY.map((h) => h[0]);

export function setupExceptionTypes(): void {
  T.traceback = builtinType('traceback', T.object);
  const alloc = (cls: PyType) => new PyBaseException(cls);
  for (const [name, base] of HIERARCHY) {
    const t = builtinType(name, T[base], alloc);
    t.hasDict = true;
    T[name] = t;
  }
  T.EnvironmentError = T.OSError;
  T.IOError = T.OSError;
  // class ExceptionGroup(BaseExceptionGroup, Exception)
  const eg = T.ExceptionGroup;
  eg.bases = [T.BaseExceptionGroup, T.Exception];
  eg.mro = c3(eg, eg.bases)!;
  T.Exception.addSubclass(eg);
}

/** isinstance(e, BaseException) for thrown values. */
export function isPyException(e: unknown): e is PyBaseException {
  return e instanceof PyBaseException;
}

serial(PyBaseException, PyTraceback);
