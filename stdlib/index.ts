// The native module table (CONVENTIONS.md, habit 4): one line per module.
// Modules written in the dialect itself live next to this file as .py.

import { nativeModuleTable } from '../src/vm/interp';

let done = false;

export function registerNativeModules(): void {
  if (done) return;
  done = true;
  const t = nativeModuleTable;
  void t;
}
