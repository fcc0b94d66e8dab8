// The native module table (CONVENTIONS.md, habit 4): one line per module.
// Modules written in the dialect itself live next to this file as .py.

import { nativeModuleTable, type NativeModuleFactory } from '../src/vm/interp';

// Each module's file is required on its first import, not at start-up: the
// bundle evaluates every statically imported file when it loads, and the
// native modules' tables and classes were a good part of `pys -c pass`.
// (A module's serial() classes are registered then too, before a restored
// heap that uses them is decoded: restore imports the native modules first.)
const lazy = (load: () => { init: NativeModuleFactory }): NativeModuleFactory => (interp) => load().init(interp);

let done = false;

export function registerNativeModules(): void {
  if (done) return;
  done = true;
  const t = nativeModuleTable;
  t['_abc'] = lazy(() => require('./_abc'));
  t['_collections'] = lazy(() => require('./_collections'));
  t['_io'] = lazy(() => require('./_io'));
  t['_weakref'] = lazy(() => require('./_weakref'));
  t['atexit'] = lazy(() => require('./atexit'));
  t['math'] = lazy(() => require('./math'));
  t['itertools'] = lazy(() => require('./itertools'));
  t['_operator'] = lazy(() => require('./_operator'));
  t['_sre'] = lazy(() => require('./_sre'));
  t['_json'] = lazy(() => require('./_json'));
  t['_functools'] = lazy(() => require('./_functools'));
  t['_random'] = lazy(() => require('./_random'));
  t['_heapq'] = lazy(() => require('./_heapq'));
  t['_bisect'] = lazy(() => require('./_bisect'));
  t['_struct'] = lazy(() => require('./_struct'));
  t['time'] = lazy(() => require('./time'));
  t['cmath'] = lazy(() => require('./cmath'));
  t['datetime'] = lazy(() => require('./datetime'));
  t['_fractions'] = lazy(() => require('./_fractions'));
  t['zlib'] = lazy(() => require('./zlib'));
  t['_thread'] = lazy(() => require('./_thread'));
  t['_signal'] = lazy(() => require('./_signal'));
  t['_pysproc'] = lazy(() => require('./_pysproc'));
  t['_platform'] = lazy(() => require('./_platform'));
  t['posix'] = lazy(() => require('./posix'));
  t['stat'] = lazy(() => require('./stat'));
  t['errno'] = lazy(() => require('./errno'));
  void t;
}
