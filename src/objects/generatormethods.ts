// generator and coroutine objects: __next__, send, throw, close and the
// gi_*/cr_* attributes. The resume methods push the generator's frame and
// return SUSPEND (they are VM-aware natives).

import { T, None, SUSPEND, type Py } from './base';
import { PyGenerator, genResume, GM } from './generator';
import { PyBaseException } from './exceptions';
import { PyType } from './type';
import { methods, getsets } from './typesetup';
import { TypeError } from './raise';
import { typeName } from './typeof';
import { current } from '../vm/thread';
import { callSync } from '../vm/call';
import { objectId } from './identity';

function G(x: Py): PyGenerator {
  if (x instanceof PyGenerator) return x;
  throw TypeError(`descriptor requires a 'generator' object but received a '${typeName(x)}'`);
}

/** The exception instance for gen.throw(typ[, val[, tb]]). */
export function throwArg(typ: Py, val: Py, tb: Py): PyBaseException {
  let e: Py;
  if (typ instanceof PyType && typ.isSubtype(T.BaseException)) {
    if (val instanceof PyBaseException && val.cls.isSubtype(typ)) e = val;
    else e = callSync(typ, val === undefined || val === None ? [] : [val]);
  } else if (typ instanceof PyBaseException) {
    if (val !== undefined && val !== None) throw TypeError('instance exception may not have a separate value');
    e = typ;
  } else throw TypeError(`exceptions must be classes or instances deriving from BaseException, not ${typeName(typ)}`);
  if (tb !== undefined && tb !== None) e.traceback = tb;
  return e;
}

export function setupGenerators(): void {
  for (const t of [T.generator, T.coroutine]) {
    const pre = t === T.generator ? 'gi' : 'cr';
    const table: Record<string, [string, (...a: any[]) => any]> = {
      send: ['self, value, /', (g: Py, v: Py) => genResume(current, G(g), GM.Next, v, null)],
      throw: ['self, typ, val=?, tb=?, /', (g: Py, typ: Py, val: Py, tb: Py) => genResume(current, G(g), GM.Next, None, throwArg(typ, val, tb))],
      close: ['self, /', (g: Py) => {
        const gen = G(g);
        if (gen.frame === null) return None;
        if (gen.frame.pc === 0) {
          gen.frame = null;
          return None;
        }
        return genResume(current, gen, GM.Close, None, new PyBaseException(T.GeneratorExit));
      }],
      __repr__: ['self, /', (g: Py) => `<${t.name} object ${G(g).qualname} at 0x${objectId(g).toString(16).padStart(12, '0')}>`],
    };
    if (t === T.generator) {
      table.__next__ = ['self, /', (g: Py) => genResume(current, G(g), GM.Next, None, null)];
      table.__iter__ = ['self, /', (g: Py) => g];
    } else {
      table.__await__ = ['self, /', (g: Py) => g];
    }
    methods(t, table);
    getsets(t, {
      [`${pre}_frame`]: [(g) => G(g).frame ?? None],
      [`${pre}_running`]: [(g) => G(g).running],
      [`${pre}_code`]: [(g) => G(g).code],
      [pre === 'gi' ? 'gi_yieldfrom' : 'cr_await']: [(g) => G(g).frame?.yf ?? None],
      [`${pre}_suspended`]: [(g) => G(g).frame !== null && G(g).frame!.pc > 0 && !G(g).running],
      __name__: [(g) => G(g).name, (g, v) => { G(g).name = v; }],
      __qualname__: [(g) => G(g).qualname, (g, v) => { G(g).qualname = v; }],
    });
  }
  // a coroutine used with `yield from`/iteration protocols
  methods(T.coroutine, {
    __next__: ['self, /', (g: Py) => genResume(current, G(g), GM.Next, None, null)],
  });
  void SUSPEND;
}
