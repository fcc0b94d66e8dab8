// Value representation (see src/README.md, "Values"):
//   int    -> JS number (always a safe integer) or bigint (outside ±2**53)
//   bool   -> JS boolean
//   str    -> JS string
//   float  -> PyFloat box (so 1.0 stays distinct from 1)
//   None, NotImplemented, Ellipsis -> singleton PyObjects
//   everything else -> an instance of PyObject or one of its subclasses.
// `undefined` is never a Python value: internally it means "missing".

import type { PyType } from './type';
import type { PyDict } from './dict';

/** Any Python value. */
export type Py = any;

/** Base of every heap-allocated Python object. */
export class PyObject {
  cls: PyType;
  /** The instance `__dict__`, or null for objects without one. */
  dict: PyDict | null;
  constructor(cls: PyType) {
    this.cls = cls;
    this.dict = null;
  }
}

/** Names of the builtin types, declared up front: `T` must keep a fixed
 * shape (V8 fast properties) because hot paths read `T.list`, `T.float` ...
 * millions of times; a dictionary-mode registry costs ~10x per read. */
const TYPE_NAMES = (
  'object type builtin_function_or_method NoneType NotImplementedType ellipsis int bool float complex str bytes ' +
  'bytearray list tuple dict set frozenset module property classmethod staticmethod function method code frame ' +
  'cell generator coroutine async_generator getset_descriptor member_descriptor method-wrapper wrapper_descriptor ' +
  'mappingproxy list_iterator list_reverseiterator tuple_iterator str_iterator str_ascii_iterator dict_keyiterator ' +
  'dict_valueiterator dict_itemiterator dict_reversekeyiterator set_iterator range_iterator longrange_iterator ' +
  'bytes_iterator bytearray_iterator iterator callable_iterator dict_keys dict_values dict_items UnionType ' +
  'coroutine_wrapper async_generator_asend generic_iterator range slice memoryview super enumerate zip map filter ' +
  'reversed traceback GenericAlias SimpleNamespace Quitter TextIOWrapper BufferedReader BufferedWriter ' +
  'BufferedRandom UnsupportedOperation HostStream EnvironmentError IOError deque defaultdict OrderedDict ' +
  'BaseException BaseExceptionGroup GeneratorExit KeyboardInterrupt SystemExit Exception ArithmeticError ' +
  'FloatingPointError OverflowError ZeroDivisionError AssertionError AttributeError BufferError EOFError ' +
  'ExceptionGroup ImportError ModuleNotFoundError LookupError IndexError KeyError MemoryError NameError ' +
  'UnboundLocalError OSError BlockingIOError ChildProcessError ConnectionError BrokenPipeError ' +
  'ConnectionAbortedError ConnectionRefusedError ConnectionResetError FileExistsError FileNotFoundError ' +
  'InterruptedError IsADirectoryError NotADirectoryError PermissionError ProcessLookupError TimeoutError ' +
  'ReferenceError RuntimeError NotImplementedError RecursionError StopAsyncIteration StopIteration SyntaxError ' +
  'IndentationError TabError SystemError TypeError ValueError UnicodeError UnicodeDecodeError UnicodeEncodeError ' +
  'UnicodeTranslateError Warning BytesWarning DeprecationWarning EncodingWarning FutureWarning ImportWarning ' +
  'PendingDeprecationWarning ResourceWarning RuntimeWarning SyntaxWarning UnicodeWarning UserWarning'
).split(' ');

// eslint-disable-next-line no-new-func
const Registry = new Function(`return class TypeRegistry { constructor() { ${TYPE_NAMES.map((n) => `this[${JSON.stringify(n)}] = undefined;`).join(' ')} } }`)();

/** The builtin types, filled in as their modules load (bootstrap order is
 * fixed by src/objects/index.ts). Kept in one record so that constructors can
 * name their type without import cycles. Other modules may add entries. */
export const T: Record<string, PyType> = new Registry();

/** Returned by VM-aware operations when they pushed a frame (or parked the
 * thread) instead of producing a value: the caller must save its state and
 * return SUSPEND to the trampoline, which resumes it later with the result. */
export const SUSPEND: unique symbol = Symbol('SUSPEND') as any;
/** A step function's result meaning "this frame raised t.exc": exceptions
 * pass between frames without a JS throw. */
export const RAISE: unique symbol = Symbol('RAISE') as any;
/** Iteration is exhausted (for-loop protocol; never a Python value). */
export const STOP: unique symbol = Symbol('STOP') as any;
/** Lookups found nothing. */
export const MISSING: unique symbol = Symbol('MISSING') as any;

/** The singletons; their classes are attached at bootstrap. */
export const None: PyObject = new PyObject(undefined as any);
export const NotImplemented: PyObject = new PyObject(undefined as any);
export const Ellipsis: PyObject = new PyObject(undefined as any);

/** Classes whose instances may be part of a serialized heap (vm/serialize.ts),
 * by class name. Each file registers its classes with serial(). */
export const SERIAL: Record<string, Function> = Object.create(null);

/** Registers classes as serializable. */
export function serial(...classes: Function[]): void {
  for (const C of classes) SERIAL[C.name] = C;
}

serial(PyObject);
