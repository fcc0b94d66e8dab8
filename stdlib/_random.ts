// _random: the Mersenne Twister core of random
// (https://docs.python.org/3.11/library/random.html), bit for bit as
// CPython's Modules/_randommodule.c generates it: the same seeding from an
// int's 32-bit words (init_by_array), the same 53-bit random() and the same
// getrandbits(), so that seeded sequences match CPython's. The
// distributions are in random.py.

import { T, None, PyObject, type Py } from '../src/objects/base';
import { PyBuiltin, paramDefault } from '../src/objects/builtinfunc';
import { PyModule } from '../src/objects/module';
import { PyTuple } from '../src/objects/tuple';
import { PyFloat } from '../src/objects/float';
import { PyBytes, bytesValue } from '../src/objects/bytesutil';
import { builtinType, PyType } from '../src/objects/type';
import { PyList } from '../src/objects/list';
import { getattr } from '../src/objects/attrs';
import { callSync } from '../src/vm/call';
import { add } from '../src/objects/ops';
import { typeName } from '../src/objects/typeof';
import { intValue, norm } from '../src/objects/intutil';
import { index } from '../src/objects/int';
import { hashExact, len, getitem, setitem } from '../src/objects/protocol';
import { TypeError, ValueError, OverflowError, IndexError } from '../src/objects/raise';
import { sha512, randomBytes } from '../src/host/crypto';
import { cfuncs, cmethods, Style, RawFunc } from './math_cfunc';
import { serial } from '../src/objects/base';

const N = 624;
const M = 397;

export class RandomObj extends PyObject {
  mt = new Uint32Array(N);
  index = N + 1;
  constructor(cls: PyType) {
    super(cls);
  }

  initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const p = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = (Math.imul(1812433253, p) + i) >>> 0;
    }
    this.index = N;
  }

  initByArray(key: Uint32Array): void {
    const mt = this.mt;
    this.initGenrand(19650218);
    let i = 1, j = 0;
    const len = key.length;
    for (let k = N > len ? N : len; k; k--) {
      const p = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(p, 1664525)) + key[j] + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= len) j = 0;
    }
    for (let k = N - 1; k; k--) {
      const p = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(p, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000;
  }

  /** The next 32-bit output (genrand_uint32). */
  next32(): number {
    const mt = this.mt;
    if (this.index >= N) {
      // never seeded (a subclass whose __init__ did not seed): use entropy
      if (this.index > N) this.seed(None);
      let kk = 0, y: number;
      for (; kk < N - M; kk++) {
        y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
        mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      for (; kk < N - 1; kk++) {
        y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
        mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
      mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      this.index = 0;
    }
    let y = mt[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** A float in [0, 1) from 53 random bits. */
  random(): number {
    const a = this.next32() >>> 5, b = this.next32() >>> 6;
    return (a * 67108864 + b) * (1 / 9007199254740992);
  }

  getrandbits(k: number): number | bigint {
    if (k <= 32) return k === 0 ? 0 : this.next32() >>> (32 - k);
    if (k <= 53) {
      // two words, least significant first
      const lo = this.next32();
      const hi = this.next32() >>> (64 - k);
      return hi * 4294967296 + lo;
    }
    let r = 0n;
    let shift = 0n;
    for (let left = k; left > 0; left -= 32) {
      let w = this.next32();
      if (left < 32) w >>>= 32 - left;
      r |= BigInt(w) << shift;
      shift += 32n;
    }
    return norm(r);
  }

  seed(arg: Py): void {
    if (arg === undefined || arg === None) {
      const b = randomBytes(N * 4);
      this.initByArray(new Uint32Array(b.buffer, b.byteOffset, N));
      return;
    }
    let n: bigint;
    const iv = intValue(arg);
    if (iv !== null) {
      n = BigInt(iv);
      if (n < 0n) n = -n;
    } else {
      // the hash, as an unsigned 64-bit number
      const h = BigInt(hashExact(arg));
      n = h < 0n ? h + (1n << 64n) : h;
    }
    const words: number[] = [];
    do {
      words.push(Number(n & 0xffffffffn));
      n >>= 32n;
    } while (n > 0n);
    this.initByArray(Uint32Array.from(words));
  }
}

function self(o: Py): RandomObj {
  if (!(o instanceof RandomObj)) throw TypeError("descriptor requires a '_random.Random' object");
  return o;
}

// ---- fast paths for random.py ------------------------------------------------------
// random.py's integer methods are Python in CPython. These natives compute the
// same values through the same calls; whenever a subclass overrides a method
// they depend on (getrandbits, _randbelow, randrange), they call it instead.

const base = {
  getrandbits: null as Py,
  randbelow: null as Py,
  randrange: null as Py,
};

function bitLen(n: number | bigint): number {
  if (typeof n === 'number') {
    if (n < 0x80000000) return 32 - Math.clz32(n);
    let k = Math.floor(Math.log2(n)) + 1;
    if (2 ** (k - 1) > n) k--;
    else if (2 ** k <= n) k++;
    return k;
  }
  return n.toString(2).length;
}

/** self.getrandbits(k) */
function getrandbitsOf(o: RandomObj, k: number): number | bigint {
  const gb = o.cls.lookup('getrandbits');
  if (gb === base.getrandbits) return o.getrandbits(k);
  return intOrError(callSync(getattr(o, 'getrandbits'), [k]));
}

function intOrError(v: Py): number | bigint {
  const iv = intValue(v);
  if (iv === null) throw TypeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  return iv;
}

/** Random._randbelow_with_getrandbits(n), n > 0. */
function randbelowGb(o: RandomObj, n: number | bigint): number | bigint {
  const k = bitLen(n);
  if (o.cls.lookup('getrandbits') === base.getrandbits) {
    let r = o.getrandbits(k);
    while (r >= n) r = o.getrandbits(k);
    return r;
  }
  let r = getrandbitsOf(o, k);
  while (r >= n) r = getrandbitsOf(o, k);
  return r;
}

/** self._randbelow(n) */
function randbelowOf(o: RandomObj, n: number | bigint): number | bigint {
  const rb = o.cls.lookup('_randbelow');
  if (rb === base.randbelow && (o.dict === null || !o.dict.m.has('_randbelow'))) return randbelowGb(o, n);
  return intOrError(callSync(getattr(o, '_randbelow'), [n]));
}

const addI = (a: number | bigint, b: number | bigint) => {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return norm(BigInt(a) + BigInt(b));
};
const mulI = (a: number | bigint, b: number | bigint) => {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (Number.isSafeInteger(r)) return r;
  }
  return norm(BigInt(a) * BigInt(b));
};
/** Floor division of ints. */
const fdivI = (a: number | bigint, b: number | bigint) => {
  if (typeof a === 'number' && typeof b === 'number') return Math.floor(a / b);
  const A = BigInt(a), B = BigInt(b);
  let q = A / B;
  if ((A % B !== 0n) && ((A < 0n) !== (B < 0n))) q -= 1n;
  return norm(q);
};

/** Random.randrange for int arguments; undefined when Python must handle it. */
function randrangeFast(o: RandomObj, start: Py, stop: Py, step: Py): Py {
  const istart = intValue(start);
  if (istart === null || typeof start === 'boolean') return undefined;
  if (stop === undefined || stop === None) {
    if (step !== undefined && !(step === 1)) return undefined;
    if (istart > 0) return randbelowOf(o, istart);
    throw ValueError('empty range for randrange()');
  }
  const istop = intValue(stop);
  if (istop === null || typeof stop === 'boolean') return undefined;
  const width = addI(istop, -istart);
  let istep: number | bigint = 1;
  if (step !== undefined) {
    const sv = intValue(step);
    if (sv === null || typeof step === 'boolean') return undefined;
    istep = sv;
  }
  if (istep == 1) {
    if (width > 0) return addI(istart, randbelowOf(o, width));
    throw ValueError(`empty range for randrange() (${istart}, ${istop}, ${width})`);
  }
  let n: number | bigint;
  if (istep > 0) n = fdivI(addI(addI(width, istep), -1), istep);
  else if (istep < 0) n = fdivI(addI(addI(width, istep), 1), istep);
  else throw ValueError('zero step for randrange()');
  if (n <= 0) throw ValueError('empty range for randrange()');
  return addI(istart, mulI(istep, randbelowOf(o, n)));
}

/** A Random method that CPython writes in Python. Positional calls skip the
 * binder (the module-level functions are bound methods, and filling in
 * defaults would cost more than the method): missing trailing arguments
 * reach impl as undefined. Other calls are bound here, and their errors
 * worded, as for the Python function. */
class FastMethod extends PyBuiltin {
  override call(args: Py[], kwnames: string[] | null): Py {
    const sig = this.sig;
    const nkw = kwnames === null ? 0 : kwnames.length;
    const npos = args.length - nkw;
    if (nkw === 0 && npos >= sig.nreq && npos <= sig.npos) return this.impl(args[0], args[1], args[2], args[3]);
    const params = sig.params, n = params.length, q = this.qualname;
    if (npos > n) {
      const takes = sig.nreq < n ? `from ${sig.nreq} to ${n}` : String(n);
      throw TypeError(`${q}() takes ${takes} positional arguments but ${npos} were given`);
    }
    const bound: Py[] = args.slice(0, npos);
    for (let k = 0; k < nkw; k++) {
      const name = kwnames![k];
      const j = params.findIndex((p) => p.name === name);
      if (j < 0) throw TypeError(`${q}() got an unexpected keyword argument '${name}'`);
      if (bound[j] !== undefined) throw TypeError(`${q}() got multiple values for argument '${name}'`);
      bound[j] = args[npos + k];
    }
    const missing: string[] = [];
    for (let j = 0; j < n; j++) {
      if (bound[j] !== undefined) continue;
      if (j < sig.nreq) missing.push(`'${params[j].name}'`);
      else bound[j] = paramDefault(sig, j);
    }
    if (missing.length) {
      const m = missing.length;
      const list = m === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')}${m > 2 ? ',' : ''} and ${missing[m - 1]}`;
      throw TypeError(`${q}() missing ${m} required positional argument${m === 1 ? '' : 's'}: ${list}`);
    }
    return this.impl(bound[0], bound[1], bound[2], bound[3]);
  }
}

function setupFastPaths(tp: PyType): void {
  cmethods(tp, {
    _randbelow_with_getrandbits: [1, 1, Style.Fast, (o: Py, n: Py) => randbelowGb(self(o), intOrError(n))],
  });
  // The public methods random.py installs under their own names: they take
  // keywords (randrange(0, stop=10)) and are named as CPython's are.
  const methods: Record<string, [string, string, (...a: any[]) => Py]> = {
    _randrange_fast: ['randrange', 'self, start, stop=None, step=1', (o: Py, a: Py, b: Py, c: Py) => {
      const r = randrangeFast(self(o), a, b, c);
      if (r !== undefined) return r;
      const args = [a];
      if (b !== undefined) args.push(b);
      if (c !== undefined) args.push(c);
      return callSync(getattr(o, '_randrange_py'), args);
    }],
    _randint_fast: ['randint', 'self, a, b', (o: Py, a: Py, b: Py) => {
      const r = self(o);
      const b1 = typeof b === 'number' && b < Number.MAX_SAFE_INTEGER ? b + 1 : add(b, 1);
      if (r.cls.lookup('randrange') === base.randrange) {
        const v = randrangeFast(r, a, b1, undefined);
        if (v !== undefined) return v;
      }
      return callSync(getattr(r, 'randrange'), [a, b1]);
    }],
    _choice_fast: ['choice', 'self, seq', (o: Py, seq: Py) => {
      const r = self(o);
      const n = len(seq);
      if (!n) throw IndexError('Cannot choose from an empty sequence');
      const i = randbelowOf(r, n);
      if (seq instanceof PyList || (seq instanceof PyTuple && seq.cls === T.tuple)) {
        if (seq.cls === T.list || seq.cls === T.tuple) {
          const items = seq.items;
          if (typeof i === 'number' && i < items.length) return items[i];
        }
      }
      return getitem(seq, i);
    }],
    _shuffle_fast: ['shuffle', 'self, x', (o: Py, x: Py) => {
      const r = self(o);
      if (x instanceof PyList && x.cls === T.list) {
        const items = x.items;
        for (let i = items.length - 1; i >= 1; i--) {
          const j = Number(randbelowOf(r, i + 1));
          if (items !== x.items || j >= items.length || i >= items.length) {
            // the list changed under us (a Python _randbelow): do as Python
            const b = getitem(x, j), a = getitem(x, i);
            setitem(x, i, b);
            setitem(x, j, a);
            continue;
          }
          const t = items[i];
          items[i] = items[j];
          items[j] = t;
        }
        return None;
      }
      for (let i = len(x) - 1; i >= 1; i--) {
        const j = randbelowOf(r, i + 1);
        // x[i], x[j] = x[j], x[i], in CPython's order: x[j] is read first
        const b = getitem(x, j), a = getitem(x, i);
        setitem(x, i, b);
        setitem(x, j, a);
      }
      return None;
    }],
  };
  for (const [key, [name, sig, impl]] of Object.entries(methods)) {
    tp.dict.setS(key, new FastMethod(name, sig, impl, { qualname: `Random.${name}`, owner: tp }));
  }
  tp.modified();
  base.getrandbits = tp.dict.getS('getrandbits');
}

/** Records random.Random's own _randbelow and randrange (called once by
 * random.py), so the fast paths know when a subclass replaced them. */
function registerBase(cls: Py): Py {
  if (!(cls instanceof PyType)) throw TypeError('expected a class');
  base.randbelow = cls.lookup('_randbelow');
  base.randrange = cls.lookup('randrange');
  return None;
}

/** Creates the _random module. */
export function init(): PyModule {
  const m = new PyModule('_random');
  const d = m.dict;
  d.setS('__doc__', 'Module implements the Mersenne Twister random number generator.');
  const tp = builtinType('Random', T.object, (cls) => new RandomObj(cls), { module: '_random' });
  tp.tpName = '_random.Random';
  d.setS('Random', tp);
  const nf = new RawFunc('__new__', 'Random.__new__', tp, (args: Py[]) => new RandomObj(args[0]));
  nf.staticmethod = true;
  tp.dict.setS('__new__', nf);
  const initFn: RawFunc = new RawFunc('__init__', 'Random.__init__', tp, (args: Py[], kwnames: string[] | null) => {
    const r = self(args[0]);
    if (kwnames && kwnames.length && r.cls.lookup('__init__') === initFn) throw TypeError('Random() takes no keyword arguments');
    const n = args.length - 1 - (kwnames ? kwnames.length : 0);
    if (n > 1) throw TypeError('Random() requires 0 or 1 argument');
    r.seed(n === 1 ? args[1] : None);
    return None;
  });
  tp.dict.setS('__init__', initFn);
  cmethods(tp, {
    random: [0, 0, Style.NoArgs, (o: Py) => new PyFloat(self(o).random())],
    seed: [0, 1, Style.Fast, (o: Py, n: Py) => {
      self(o).seed(n);
      return None;
    }],
    getrandbits: [1, 1, Style.O, (o: Py, k: Py) => {
      const n = index(k);
      if (n < 0) throw ValueError('number of bits must be non-negative');
      if (typeof n === 'bigint' || n > 0x7fffffff) throw OverflowError('Python int too large to convert to C int');
      return self(o).getrandbits(n);
    }],
    getstate: [0, 0, Style.NoArgs, (o: Py) => {
      const r = self(o);
      const items: Py[] = Array.from(r.mt);
      items.push(r.index);
      return new PyTuple(items);
    }],
    setstate: [1, 1, Style.O, (o: Py, state: Py) => {
      const r = self(o);
      if (!(state instanceof PyTuple)) throw TypeError('state vector must be a tuple');
      if (state.items.length !== N + 1) throw ValueError('state vector is the wrong size');
      const mt = new Uint32Array(N);
      for (let i = 0; i < N; i++) mt[i] = Number(BigInt(unsignedLong(state.items[i])) & 0xffffffffn);
      const idx = index(state.items[N]);
      if (idx < 0 || idx > N) throw ValueError('invalid state');
      r.mt = mt;
      r.index = Number(idx);
      return None;
    }],
  });
  setupFastPaths(tp);
  // Private hooks for random.py: the seed digest and the entropy source.
  const priv = cfuncs('_random', {
    _sha512: [1, 1, Style.O, (b: Py) => new PyBytes(sha512(bytesValue(b)!))],
    _register_base: [1, 1, Style.O, registerBase],
    _urandom: [1, 1, Style.O, (n: Py) => {
      const k = index(n);
      if (k < 0) throw ValueError('negative argument not allowed');
      return new PyBytes(randomBytes(Number(k)));
    }],
  });
  for (const [k, v] of Object.entries(priv)) d.setS(k, v);
  return m;
}

function unsignedLong(x: Py): number | bigint {
  const v = intValue(x);
  if (v === null) throw TypeError(`an integer is required`);
  if (v < 0) throw OverflowError("can't convert negative value to unsigned int");
  if (typeof v === 'bigint' && v >= 1n << 64n) throw OverflowError('Python int too large to convert to C unsigned long');
  return v;
}

serial(RandomObj);
