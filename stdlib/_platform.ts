// _platform: the machine facts that platform.py, getpass.py and locale.py
// need (CPython gets them from os.uname, pwd, `uname -p`, the C library).
// A private module of pys; the policy stays in the Python modules.

import { None, type Py } from '../src/objects/base';
import { PyList } from '../src/objects/list';
import { tuple } from '../src/objects/tuple';
import { TypeError } from '../src/objects/raise';
import { strValue } from '../src/objects/strutil';
import type { PyModule } from '../src/objects/module';
import { makeModule } from '../src/vm/nativemod';
import type { Interpreter } from '../src/vm/interp';
import * as host from '../src/host/platform';

/** Creates the _platform module. */
export function init(interp: Interpreter): PyModule {
  return makeModule('_platform', {
    uname: ['', () => {
      const u = host.uname();
      return tuple([u.system, u.node, u.release, u.version, u.machine]);
    }],
    processor: ['', () => host.processor()],
    libc: ['', () => tuple(host.libc())],
    pointer_bits: ['', () => host.pointerBits()],
    os_platform: ['', () => host.osPlatform()],
    passwd_name: ['', () => host.passwdName() ?? None],
    uid: ['', () => host.userId()],
    getenv: ['name, /', (name: Py) => {
      const k = strValue(name);
      if (k === null) throw TypeError('getenv() argument must be str');
      // an embedder may give the interpreter its own environment
      const env = interp.opts.env;
      const v = env ? env[k] : host.envVar(k);
      return v === undefined ? None : v;
    }],
    locales: ['', () => new PyList([...host.installedLocales()])],
  });
}
