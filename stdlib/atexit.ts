// atexit: functions run when the interpreter exits
// (https://docs.python.org/3.11/library/atexit.html). The callbacks live on
// the interpreter (interp.atexit) so that src/vm/program.ts runs them at exit;
// unregister leaves holes (null) as CPython does, so a callback that
// unregisters another one during the exit run makes it be skipped.

import { T, None, MISSING, type Py } from '../src/objects/base';
import { PyModule } from '../src/objects/module';
import { PyBuiltin } from '../src/objects/builtinfunc';
import { PyFunction } from '../src/objects/function';
import { PyType } from '../src/objects/type';
import { PyDict } from '../src/objects/dict';
import { TypeError } from '../src/objects/raise';
import { typeOf } from '../src/objects/typeof';
import { richEqBool } from '../src/objects/protocol';
import { runAtexit } from '../src/vm/program';
import type { Interpreter } from '../src/vm/interp';

function isCallable(x: Py): boolean {
  if (x instanceof PyFunction || x instanceof PyBuiltin || x instanceof PyType) return true;
  const c = typeOf(x).lookup('__call__');
  return c !== MISSING && c !== None;
}

/** Creates the atexit module for `interp`. */
export function init(interp: Interpreter): PyModule {
  const m = new PyModule('atexit');
  const d = m.dict;
  d.setS('__doc__', 'allow programmer to define multiple exit functions to be executed\nupon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n');
  const fn = (name: string, sig: string, impl: (...a: any[]) => Py, doc: string) =>
    d.setS(name, new PyBuiltin(name, sig, impl, { module: 'atexit', qualname: `atexit.${name}`, doc }));

  // register checks its own arity: CPython words this error differently from
  // the generic "missing required argument" one.
  const register = new PyBuiltin('register', '*args, **kwargs', (args: Py[], kw: PyDict) => {
    if (args.length === 0) throw TypeError('register() takes at least 1 argument (0 given)');
    const func = args[0];
    if (!isCallable(func)) throw TypeError('the first argument must be callable');
    interp.atexit.push([func, args.slice(1), kw.m.size ? kw : None]);
    return func;
  }, { module: 'atexit', qualname: 'register', doc: 'Register a function to be executed upon normal program termination' });
  d.setS('register', register);

  fn('unregister', 'func, /', (func: Py) => {
    const cbs = interp.atexit;
    for (let i = 0; i < cbs.length; i++) {
      const cb = cbs[i];
      if (cb !== null && richEqBool(cb[0], func)) cbs[i] = null;
    }
    return None;
  }, 'Unregister an exit function which was previously registered using\natexit.register');
  fn('_clear', '', () => {
    interp.atexit.length = 0;
    return None;
  }, 'Clear the list of previously registered exit functions.');
  fn('_ncallbacks', '', () => interp.atexit.length, 'Return the number of registered exit functions.');
  fn('_run_exitfuncs', '', () => {
    runAtexit(interp);
    return None;
  }, 'Run all registered exit functions.');
  void T;
  return m;
}
