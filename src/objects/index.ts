// Bootstrap of the builtin types, in dependency order (CPython's
// _PyTypes_InitTypes): first every type object, then their members.

import { T, None, NotImplemented, Ellipsis, PyObject } from './base';
import { bootstrapTypes, PyType, bootstrapping } from './type';
import { newType } from './typesetup';
import { PyInt } from './intutil';
import { PyFloat } from './float';
import { PyComplex } from './complexutil';
import { PyStr } from './strutil';
import { PyBytes, PyByteArray } from './bytesutil';
import { PyList } from './list';
import { PyTuple } from './tuple';
import { PyDict } from './dict';
import { PySet } from './setutil';
import { PyModule } from './module';
import { PyProperty, PyClassMethod, PyStaticMethod } from './descriptors';
import { setupExceptionTypes } from './exceptions';
import { TypeError } from './raise';
import { fixDefaults } from './builtinfunc';
import { tuple } from './tuple';
import { setupObject } from './object';
import { setupType } from './typemethods';
import { setupMappingProxy } from './mappingproxy';
import { setupUnion } from './union';
import { setupInt } from './int';
import { setupFloat } from './floatmethods';
import { setupComplex } from './complex';
import { setupBool } from './bool';
import { setupSingletons } from './singletons';
import { setupStr } from './str';
import { setupBytes } from './bytes';
import { setupList } from './listmethods';
import { setupTuple } from './tuplemethods';
import { setupDict } from './dictmethods';
import { setupSet } from './set';
import { setupRange } from './range';
import { setupSlice } from './slice';
import { setupFunctions } from './functionmethods';
import { setupDescriptors } from './descriptormethods';
import { setupExceptions } from './exceptionmethods';
import { setupExceptionGroups } from './exceptiongroup';
import { setupAsyncGenerators } from './asyncgen';
import { setupGenerators } from './generatormethods';
import { setupIterators } from './itermethods';
import { setupModule } from './modulemethods';
import { setupMisc } from './misc';
import { setupMemoryview } from './memoryview';
import { setupSuper } from './super';

let done = false;

const noNew = (name: string) => () => {
  throw TypeError(`cannot create '${name}' instances`);
};

/** Creates all builtin types once per process. */
export function bootstrap(): void {
  if (done) return;
  done = true;
  bootstrapping.on = true;
  try {
    bootstrapAll();
  } finally {
    bootstrapping.on = false;
  }
  // anything looked up while the tables were filling may be stale
  for (const t of Object.values(T)) if (t) t.modified();
}

function bootstrapAll(): void {
  bootstrapTypes();
  const obj = T.object;
  // builtin_function_or_method first: every method table needs it
  newType('builtin_function_or_method', obj, noNew('builtin_function_or_method'), { final: true });
  newType('NoneType', obj, noNew('NoneType'), { final: true });
  newType('NotImplementedType', obj, noNew('NotImplementedType'), { final: true });
  newType('ellipsis', obj, noNew('ellipsis'), { final: true });
  None.cls = T.NoneType;
  NotImplemented.cls = T.NotImplementedType;
  Ellipsis.cls = T.ellipsis;
  fixDefaults(None, () => tuple([]));

  newType('int', obj, (cls) => new PyInt(0, cls));
  newType('bool', T.int, noNew('bool'), { final: true });
  newType('float', obj, (cls) => new PyFloat(0, cls));
  newType('complex', obj, (cls) => new PyComplex(0, 0, cls));
  newType('str', obj, (cls) => new PyStr('', cls));
  newType('bytes', obj, (cls) => new PyBytes(new Uint8Array(0), cls));
  newType('bytearray', obj, (cls) => new PyByteArray(new Uint8Array(0), 0, cls));
  newType('list', obj, (cls) => new PyList([], cls));
  newType('tuple', obj, (cls) => new PyTuple([], cls));
  newType('dict', obj, (cls) => new PyDict(cls));
  newType('set', obj, (cls) => new PySet(cls));
  newType('frozenset', obj, (cls) => new PySet(cls));
  newType('module', obj, (cls) => new PyModule('?', cls));
  newType('property', obj, (cls) => new PyProperty(cls));
  newType('classmethod', obj, (cls) => new PyClassMethod(None, cls));
  newType('staticmethod', obj, (cls) => new PyStaticMethod(None, cls));
  for (const name of [
    'function', 'method', 'code', 'frame', 'cell', 'generator', 'coroutine', 'async_generator',
    'getset_descriptor', 'member_descriptor', 'method-wrapper', 'wrapper_descriptor', 'mappingproxy',
    'list_iterator', 'list_reverseiterator', 'tuple_iterator', 'str_iterator', 'str_ascii_iterator',
    'dict_keyiterator', 'dict_valueiterator', 'dict_itemiterator', 'dict_reversekeyiterator',
    'set_iterator', 'range_iterator', 'longrange_iterator', 'bytes_iterator', 'bytearray_iterator',
    'iterator', 'callable_iterator', 'dict_keys', 'dict_values', 'dict_items', 'UnionType',
    'coroutine_wrapper', 'async_generator_asend', 'generic_iterator',
  ]) {
    newType(name, obj, noNew(name), { final: true });
  }
  for (const name of ['range', 'slice', 'memoryview', 'super', 'enumerate', 'zip', 'map', 'filter', 'reversed']) {
    newType(name, obj, noNew(name), { final: name === 'range' || name === 'slice' || name === 'memoryview' });
  }
  T.UnionType.dict.setS('__module__', 'types');
  setupExceptionTypes();

  // members
  setupObject();
  setupType();
  setupSingletons();
  setupInt();
  setupBool();
  setupFloat();
  setupComplex();
  setupStr();
  setupBytes();
  setupList();
  setupTuple();
  setupDict();
  setupSet();
  setupRange();
  setupSlice();
  setupFunctions();
  setupDescriptors();
  setupExceptions();
  setupExceptionGroups();
  setupGenerators();
  setupAsyncGenerators();
  setupIterators();
  setupModule();
  setupMappingProxy();
  setupUnion();
  setupMemoryview();
  setupSuper();
  setupMisc();
  void PyObject;
  void PyType;
}
