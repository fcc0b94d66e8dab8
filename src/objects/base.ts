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

/** The builtin types, filled in as their modules load (bootstrap order is
 * fixed by src/objects/index.ts). Kept in one record so that constructors can
 * name their type without import cycles. */
export const T: Record<string, PyType> = Object.create(null);

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
