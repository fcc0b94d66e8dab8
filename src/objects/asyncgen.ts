// Async generators (PEP 525). The generator's frame yields two kinds of
// values: `await` passes values through to whoever drives the coroutine,
// while `yield v` produces an AGYield marker that completes the current
// __anext__()/asend()/athrow() awaitable with v.

import { PyObject, T, None, STOP, SUSPEND, type Py, serial } from './base';
import { PyGenerator, genResume, GM } from './generator';
import { PyBaseException } from './exceptions';
import { methods, getsets } from './typesetup';
import { RuntimeError, StopIteration, exc, TypeError } from './raise';
import { current, type Thread } from '../vm/thread';
import { throwArg } from './generatormethods';
import { NativeFrame } from '../vm/frame';
import { under } from './itermethods';

/** What `yield v` in an async generator hands to the trampoline. */
export class AGYield {
  constructor(public v: Py) {}
}

export function agWrap(v: Py): AGYield {
  return new AGYield(v);
}

const enum AW {
  Send = 0,
  Throw = 1,
  Close = 2,
}

/** The awaitable returned by __anext__/asend/athrow/aclose. */
export class AsyncGenAwaitable extends PyObject {
  used = false;
  result: Py = None;
  constructor(public gen: PyGenerator, public kind: AW, public value: Py, public error: PyBaseException | null) {
    super(T.async_generator_asend);
  }

  /** One step: `mode` Iter hands STOP when done (result in .result), Next
   * raises StopIteration(result) as Python's send() does. */
  step(t: Thread, v: Py, thrown: PyBaseException | null, mode: GM): Py {
    const g = this.gen;
    let sendV = v, err = thrown;
    if (!this.used) {
      this.used = true;
      if (this.kind === AW.Send) sendV = v === None ? this.value : v;
      else err = this.error;
    } else if (g.frame === null && !thrown) {
      throw RuntimeError('cannot reuse already awaited __anext__()/asend()');
    }
    if (g.frame === null) {
      if (this.kind === AW.Close) return this.done(None, mode);
      if (err && this.kind === AW.Throw) throw err;
      throw exc(T.StopAsyncIteration);
    }
    if (g.frame.pc === 0 && this.kind !== AW.Send && !this.started(g)) {
      g.frame = null;
      if (this.kind === AW.Close) return this.done(None, mode);
      throw err!;
    }
    const base = t.frame;
    const r = genResume(t, g, GM.Next, sendV, err);
    if (r === SUSPEND) {
      under(t, new AGStep(this, mode), base);
      return SUSPEND;
    }
    return r;
  }

  private started(g: PyGenerator): boolean {
    return g.frame !== null && g.frame.pc !== 0;
  }

  /** The awaitable completes with value r. */
  done(r: Py, mode: GM): Py {
    this.result = r;
    if (mode === GM.Iter) return STOP;
    throw r === None ? StopIteration() : StopIteration(r);
  }
}

/** Interprets what the async generator's frame handed down. */
class AGStep extends NativeFrame {
  constructor(public aw: AsyncGenAwaitable, public mode: GM) {
    super(null);
  }
  step(t: Thread): Py {
    const aw = this.aw;
    const e = t.exc;
    if (e) {
      t.exc = null;
      // the frame finished by raising
      if (e.cls.isSubtype(T.StopIteration) && aw.gen.frame === null) {
        // returned normally: genResume(Next) turns a return into StopIteration
        if (aw.kind === AW.Close) return aw.done(None, this.mode);
        throw exc(T.StopAsyncIteration);
      }
      if (aw.kind === AW.Close && (e.cls.isSubtype(T.GeneratorExit) || e.cls.isSubtype(T.StopAsyncIteration))) return aw.done(None, this.mode);
      throw e;
    }
    const r = t.rv;
    if (r instanceof AGYield) {
      if (aw.kind === AW.Close) throw RuntimeError('async generator ignored GeneratorExit');
      return aw.done(r.v, this.mode);
    }
    return r;
  }
}

export function setupAsyncGenerators(): void {
  const ag = T.async_generator;
  const G = (x: Py): PyGenerator => {
    if (x instanceof PyGenerator && x.cls === ag) return x;
    throw TypeError('descriptor requires an async_generator object');
  };
  methods(ag, {
    __aiter__: ['self, /', (g: Py) => G(g)],
    __anext__: ['self, /', (g: Py) => new AsyncGenAwaitable(G(g), AW.Send, None, null)],
    asend: ['self, value, /', (g: Py, v: Py) => new AsyncGenAwaitable(G(g), AW.Send, v, null)],
    athrow: ['self, typ, val=?, tb=?, /', (g: Py, typ: Py, val: Py, tb: Py) => new AsyncGenAwaitable(G(g), AW.Throw, None, throwArg(typ, val, tb))],
    aclose: ['self, /', (g: Py) => new AsyncGenAwaitable(G(g), AW.Close, None, new PyBaseException(T.GeneratorExit))],
    __repr__: ['self, /', (g: Py) => `<async_generator object ${G(g).qualname} at 0x${require_id(g)}>`],
  });
  getsets(ag, {
    ag_frame: [(g) => G(g).frame ?? None],
    ag_running: [(g) => G(g).running],
    ag_code: [(g) => G(g).code],
    ag_await: [(g) => G(g).frame?.yf ?? None],
    __name__: [(g) => G(g).name],
    __qualname__: [(g) => G(g).qualname],
  });
  const aw = T.async_generator_asend;
  const A = (x: Py): AsyncGenAwaitable => x as AsyncGenAwaitable;
  methods(aw, {
    __await__: ['self, /', (a: Py) => a],
    __iter__: ['self, /', (a: Py) => a],
    __next__: ['self, /', (a: Py) => A(a).step(current, None, null, GM.Next)],
    send: ['self, value, /', (a: Py, v: Py) => A(a).step(current, v, null, GM.Next)],
    throw: ['self, typ, val=?, tb=?, /', (a: Py, typ: Py, val: Py, tb: Py) => A(a).step(current, None, throwArg(typ, val, tb), GM.Next)],
    close: ['self, /', () => None],
  });
}

import { objectId } from './identity';
function require_id(o: Py): string {
  return objectId(o).toString(16).padStart(12, '0');
}

serial(AGStep, AGYield, AsyncGenAwaitable);
