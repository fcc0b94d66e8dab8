// The native module table (CONVENTIONS.md, habit 4): one line per module.
// Modules written in the dialect itself live next to this file as .py.

import { nativeModuleTable } from '../src/vm/interp';
import { init as mod__abc } from './_abc';
import { init as mod__collections } from './_collections';
import { init as mod__io } from './_io';
import { init as mod__weakref } from './_weakref';
import { init as mod_atexit } from './atexit';
import { init as mod_math } from './math';
import { init as mod_itertools } from './itertools';
import { init as mod_operator } from './_operator';
import { init as mod__sre } from './_sre';
import { init as mod__json } from './_json';
import { init as mod_functools } from './_functools';
import { init as mod_random } from './_random';
import { init as mod_heapq } from './_heapq';
import { init as mod_bisect } from './_bisect';
import { init as mod_struct } from './_struct';
import { init as mod_time } from './time';
import { init as mod_cmath } from './cmath';
import { init as mod_datetime } from './datetime';
import { init as mod__fractions } from './_fractions';
import { init as mod_zlib } from './zlib';
import { init as mod__thread } from './_thread';
import { init as mod__signal } from './_signal';
import { init as mod__pysproc } from './_pysproc';
import { init as mod__platform } from './_platform';
import { init as mod_posix } from './posix';
import { init as mod_stat } from './stat';
import { init as mod_errno } from './errno';

let done = false;

export function registerNativeModules(): void {
  if (done) return;
  done = true;
  const t = nativeModuleTable;
  t['_abc'] = mod__abc;
  t['_collections'] = mod__collections;
  t['_io'] = mod__io;
  t['_weakref'] = mod__weakref;
  t['atexit'] = mod_atexit;
  t['math'] = mod_math;
  t['itertools'] = mod_itertools;
  t['_operator'] = mod_operator;
  t['_sre'] = mod__sre;
  t['_json'] = mod__json;
  t['_functools'] = mod_functools;
  t['_random'] = mod_random;
  t['_heapq'] = mod_heapq;
  t['_bisect'] = mod_bisect;
  t['_struct'] = mod_struct;
  t['time'] = mod_time;
  t['cmath'] = mod_cmath;
  t['datetime'] = mod_datetime;
  t['_fractions'] = mod__fractions;
  t['zlib'] = mod_zlib;
  t['_thread'] = mod__thread;
  t['_signal'] = mod__signal;
  t['_pysproc'] = mod__pysproc;
  t['_platform'] = mod__platform;
  t['posix'] = mod_posix;
  t['stat'] = mod_stat;
  t['errno'] = mod_errno;
  void t;
}
