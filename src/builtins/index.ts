// The builtins module: functions, types, constants and exceptions.

import { T, None, NotImplemented, Ellipsis, type Py } from '../objects/base';
import { PyModule } from '../objects/module';
import { EXCEPTION_NAMES } from '../objects/exceptions';
import { builtinFunctions } from './functions';
import { setupFileTypes } from './file';
import { methods, newType } from '../objects/typesetup';
import { PyObject } from '../objects/base';
import { exc } from '../objects/raise';
import { sysAttr } from '../vm/hostcalls';
import { callSync } from '../vm/call';
import { getattr } from '../objects/attrs';

const TYPE_NAMES = [
  'object', 'type', 'int', 'bool', 'float', 'complex', 'str', 'bytes', 'bytearray', 'list', 'tuple', 'dict',
  'set', 'frozenset', 'range', 'slice', 'memoryview', 'property', 'classmethod', 'staticmethod', 'super',
  'enumerate', 'zip', 'map', 'filter', 'reversed',
];

/** exit()/quit(): objects whose repr tells how to leave, and which raise
 * SystemExit when called. */
function quitter(name: string): Py {
  if (!T.Quitter) {
    const t = newType('Quitter', T.object, undefined, { module: '_sitebuiltins' });
    methods(t, {
      __repr__: ['self, /', (q: any) => `Use ${q.name}() or Ctrl-D (i.e. EOF) to exit`],
      __call__: ['self, code=None, /', (_q: Py, code: Py) => {
        try {
          const stdin = sysAttr('stdin');
          callSync(getattr(stdin, 'close'), []);
        } catch {
          // as CPython: errors closing stdin are ignored
        }
        throw exc(T.SystemExit, code);
      }],
    });
  }
  const q = new PyObject(T.Quitter) as any;
  q.name = name;
  return q;
}

export function makeBuiltinsModule(): PyModule {
  setupFileTypes();
  const m = new PyModule('builtins');
  const d = m.dict;
  d.setS('__doc__', 'Built-in functions, exceptions, and other objects.');
  for (const [name, fn] of Object.entries(builtinFunctions())) d.setS(name, fn);
  for (const name of TYPE_NAMES) d.setS(name, T[name]);
  for (const name of EXCEPTION_NAMES) d.setS(name, T[name]);
  d.setS('EnvironmentError', T.OSError);
  d.setS('IOError', T.OSError);
  d.setS('None', None);
  d.setS('True', true);
  d.setS('False', false);
  d.setS('NotImplemented', NotImplemented);
  d.setS('Ellipsis', Ellipsis);
  d.setS('__debug__', true);
  d.setS('exit', quitter('exit'));
  d.setS('quit', quitter('quit'));
  // Python 2 names
  d.setS('xrange', T.range);
  d.setS('unicode', T.str);
  d.setS('long', T.int);
  d.setS('basestring', T.str);
  return m;
}
