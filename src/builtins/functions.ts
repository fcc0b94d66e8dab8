// The built-in functions (https://docs.python.org/3.11/library/functions.html).
// Functions that run Python code for their result (next, exec, eval,
// __import__, __build_class__) return SUSPEND after pushing frames.

import { T, None, NotImplemented, Ellipsis, MISSING, STOP, SUSPEND, type Py, serial } from '../objects/base';
import { PyType } from '../objects/type';
import { PyDict } from '../objects/dict';
import { PyList } from '../objects/list';
import { PyTuple, tuple } from '../objects/tuple';
import { PyFloat } from '../objects/float';
import { PyInt, intValue, norm } from '../objects/intutil';
import { PyStr, strValue, strLen, asciiEscape, isFlat } from '../objects/strutil';
import { PyFunction } from '../objects/function';
import { PyBuiltin, natives } from '../objects/builtinfunc';
import { PyModule } from '../objects/module';
import { PyCode } from '../objects/code';
import { PyGenerator, genResume, GM } from '../objects/generator';
import { PyBaseException } from '../objects/exceptions';
import { TypeError, ValueError, StopIteration, exc, RuntimeError, OverflowError } from '../objects/raise';
import { typeOf, typeName } from '../objects/typeof';
import { getattr, getattrOpt, setattr, delattr, callSpecial, hasattr } from '../objects/attrs';
import { repr, str as pyStr, hashExact, truthy, len as pyLen, lessThan, richCompare, Cmp } from '../objects/protocol';
import { getIter, forNext, nextSync, iterToArray, iterate, CallIter, NativeIter } from '../objects/iter';
import { format } from '../objects/format';
import { objectId } from '../objects/identity';
import { add, binop, Op, numBinop } from '../objects/ops';
import { index } from '../objects/int';
import { powMod } from '../objects/int';
import { under } from '../objects/itermethods';
import { sortList } from '../objects/listmethods';
import { isInstanceDefault, isSubclassDefault } from '../objects/typemethods';
import { objectDir } from '../objects/object';
import { PyRange } from '../objects/range';
import { NativeFrame } from '../vm/frame';
import { current, type Thread } from '../vm/thread';
import { callSync, callV, callMethod0 } from '../vm/call';
import { buildClass } from '../vm/classes';
import { importModule, resolveName } from '../vm/imports';
import { localsOf, codeFor, runCodeIn, sysAttr } from '../vm/hostcalls';
import { compileSource } from '../vm/compile';
import { PyFile, openFile, openFlags, readOp, inputLine, ReadKind } from './file';
import { FUTURE_ANNOTATIONS, FUTURE_DIVISION } from '../compiler';

// ---- printing and input ---------------------------------------------------------

function print(args: Py[], sep: Py, end: Py, file: Py, flush: Py): Py {
  const s = sep === None ? ' ' : strValue(sep);
  if (s === null) throw TypeError(`sep must be None or a string, not ${typeName(sep)}`);
  const e = end === None ? '\n' : strValue(end);
  if (e === null) throw TypeError(`end must be None or a string, not ${typeName(end)}`);
  const f = file === None ? sysAttr('stdout') : file;
  if (f === None) return None;
  if (f instanceof PyFile) {
    let text = '';
    for (let i = 0; i < args.length; i++) {
      if (i) text += s;
      const a = args[i];
      text += typeof a === 'string' ? a : pyStr(a);
    }
    f.write(text + e);
    if (truthy(flush)) f.flush();
    return None;
  }
  // other files see one write() per piece, as CPython's print does
  const write = getattr(f, 'write');
  for (let i = 0; i < args.length; i++) {
    if (i) callSync(write, [s]);
    const a = args[i];
    callSync(write, [typeof a === 'string' ? a : pyStr(a)]);
  }
  callSync(write, [e]);
  if (truthy(flush)) callSync(getattr(f, 'flush'), []);
  return None;
}

function input(prompt: Py): Py {
  const out = sysAttr('stdout');
  if (prompt !== undefined) {
    const p = pyStr(prompt);
    if (out instanceof PyFile) {
      out.write(p);
      out.flush();
    } else {
      callSync(getattr(out, 'write'), [p]);
      callSync(getattr(out, 'flush'), []);
    }
  } else if (out instanceof PyFile) out.flush();
  const inp = sysAttr('stdin');
  if (inp instanceof PyFile) return readOp(inp, ReadKind.Input, -1);
  return inputLine(callSync(getattr(inp, 'readline'), []));
}

// ---- iteration ------------------------------------------------------------------

/** Hands down a default value instead of STOP / StopIteration. */
class NextDefault extends NativeFrame {
  constructor(public dflt: Py) {
    super(null);
  }
  step(t: Thread): Py {
    const e = t.exc;
    if (e) {
      t.exc = null;
      if (this.dflt !== undefined && e.cls.isSubtype(T.StopIteration)) return this.dflt;
      throw e;
    }
    if (t.rv === STOP) {
      if (this.dflt === undefined) throw StopIteration();
      return this.dflt;
    }
    return t.rv;
  }
}

function next(it: Py, dflt: Py): Py {
  const t = current;
  if (it instanceof PyGenerator && it.cls === T.generator) {
    return dflt === undefined ? genResume(t, it, GM.Next, None, null) : genResume(t, it, GM.Default, None, null, dflt);
  }
  if (it instanceof NativeIter) {
    const base = t.frame;
    const r = it.next();
    if (r === STOP) {
      if (dflt === undefined) throw StopIteration();
      return dflt;
    }
    if (r === SUSPEND) under(t, new NextDefault(dflt), base);
    return r;
  }
  const tp = typeOf(it);
  if (tp.lookup('__next__') === MISSING) throw TypeError(`'${tp.name}' object is not an iterator`);
  if (dflt === undefined) return callMethod0(t, it, '__next__');
  const base = t.frame;
  const r = callMethod0(t, it, '__next__');
  if (r === SUSPEND) under(t, new NextDefault(dflt), base);
  return r;
}

function iter(x: Py, sentinel: Py): Py {
  if (sentinel === undefined) return getIter(x);
  if (!callable(x)) throw TypeError('iter(v, w): v must be callable');
  return new CallIter(x, sentinel);
}

function callable(x: Py): boolean {
  if (x instanceof PyFunction || x instanceof PyBuiltin || x instanceof PyType) return true;
  return typeOf(x).lookup('__call__') !== MISSING;
}

/** min()/max(): CPython's min_max (keyword-only key/default; the first
 * of equal extremes wins; max compares with `>`, min with `<`). */
function minmax(args: Py[], kw: PyDict, isMax: boolean): Py {
  const name = isMax ? 'max' : 'min';
  if (args.length === 0) throw TypeError(`${name} expected at least 1 argument, got 0`);
  let key: Py = None, dflt: Py = undefined;
  if (kw.size) {
    if (kw.size > 2) throw TypeError(`${name}() takes at most 2 keyword arguments (${kw.size} given)`);
    for (const [k, v] of kw.entries()) {
      if (k === 'key') key = v;
      else if (k === 'default') dflt = v;
      else throw TypeError(`'${k}' is an invalid keyword argument for ${name}()`);
    }
  }
  if (args.length > 1 && dflt !== undefined) throw TypeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
  const op = isMax ? Cmp.GT : Cmp.LT;
  const better = (a: Py, b: Py): boolean => {
    if (typeof a === 'number' && typeof b === 'number') return isMax ? a > b : a < b;
    if (typeof a === 'string' && typeof b === 'string' && isFlat(a) && isFlat(b)) return isMax ? a > b : a < b;
    return truthy(richCompare(a, b, op));
  };
  let best: Py = undefined, bestKey: Py = undefined;
  const visit = (v: Py) => {
    const k = key === None ? v : callSync(key, [v]);
    if (bestKey === undefined || better(k, bestKey)) {
      best = v;
      bestKey = k;
    }
  };
  if (args.length > 1) for (const v of args) visit(v);
  else {
    const it = getIter(args[0]);
    for (;;) {
      const v = nextSync(it);
      if (v === STOP) break;
      visit(v);
    }
  }
  if (bestKey === undefined) {
    if (dflt !== undefined) return dflt;
    throw ValueError(`${name}() arg is an empty sequence`);
  }
  return best;
}

/** sorted(iterable, /, *, key=None, reverse=False): list(iterable) sorted
 * by list.sort, whose name its keyword errors carry. */
function sorted(args: Py[], kwnames: string[], kwvals: Py[]): Py {
  if (args.length !== 1) throw TypeError(`sorted expected 1 argument, got ${args.length}`);
  // iterToArray always hands back a fresh array
  const lst = new PyList(iterToArray(args[0]));
  const sort = T.list.dict.getS('sort') as PyBuiltin;
  sort.call([lst, ...kwvals], kwnames.length ? kwnames : null);
  return lst;
}

/** open(): an unbuffered binary file is an io.FileIO; an opener makes the
 * descriptor (opener(file, flags)) that the file is then built on. */
function openBuiltin(file: Py, mode: Py, buf: Py, enc: Py, err: Py, nl: Py, closefd: Py, opener: Py): Py {
  const m = strValue(mode) ?? 'r';
  const buffering = Number(intValue(buf) ?? -1);
  if (buffering === 0 && m.includes('b')) {
    const io = current.interp.nativeModule('_io')!;
    return callSync(io.dict.getS('FileIO')!, [file, m, closefd, opener]);
  }
  if (opener === None) return openFile(file, m, buffering, enc, err, nl, truthy(closefd));
  const fd = callSync(opener, [file, openFlags(m)]);
  if (typeof fd !== 'number' || fd < 0) throw ValueError(`opener returned ${repr(fd)}`);
  const f = openFile(fd, m, buffering, enc, err, nl, truthy(closefd));
  f.name = file;
  return f;
}

function sum(it: Py, start: Py): Py {
  if (strValue(start) !== null) throw TypeError("sum() can't sum strings [use ''.join(seq) instead]");
  if (start instanceof Object && (start as any).cls === T.bytes) throw TypeError("sum() can't sum bytes [use b''.join(seq) instead]");
  if (start instanceof Object && (start as any).cls === T.bytearray) throw TypeError("sum() can't sum bytearray [use b''.join(seq) instead]");
  // streamed, not collected first: sum(x for x in range(10**8)) must not
  // hold 10**8 values (3.11 adds floats plainly, without compensation)
  let acc = start;
  iterate(it, (x) => {
    acc = add(acc, x);
  });
  return acc;
}

// ---- numbers --------------------------------------------------------------------

function round(x: Py, nd: Py): Py {
  const tp = typeOf(x);
  const m = tp.lookup('__round__');
  if (m === MISSING) throw TypeError(`type ${tp.name} doesn't define __round__ method`);
  // round(x, None) calls __round__() without an argument
  return nd === undefined || nd === None ? callSpecial(x, '__round__') : callSpecial(x, '__round__', nd);
}

function abs(x: Py): Py {
  if (typeof x === 'number') return Math.abs(x);
  if (x instanceof PyFloat && x.cls === T.float) return new PyFloat(Math.abs(x.v));
  const r = callSpecial(x, '__abs__');
  if (r === MISSING) throw TypeError(`bad operand type for abs(): '${typeName(x)}'`);
  return r;
}

function pow(base: Py, exp: Py, mod: Py): Py {
  if (mod === None) return binop(Op.Pow, base, exp);
  const a = intValue(base), b = intValue(exp), m = intValue(mod);
  if (a !== null && b !== null && m !== null) return powMod(a, b, m);
  // ternary dispatch: base.__pow__, then exp.__rpow__, then mod's
  const tb = typeOf(base), te = typeOf(exp);
  if (tb.lookup('__pow__') !== MISSING) {
    const r = callSpecial(base, '__pow__', exp, mod);
    if (r !== NotImplemented) return r;
  }
  // (a class written in Python never gets a reflected three-argument pow)
  if (te !== tb && te.builtin && te.lookup('__rpow__') !== MISSING) {
    const r = callSpecial(exp, '__rpow__', base, mod);
    if (r !== NotImplemented) return r;
  }
  throw TypeError(`unsupported operand type(s) for ** or pow(): '${tb.name}', '${te.name}', '${typeName(mod)}'`);
}

function intBase(x: Py, prefix: string, base: number): string {
  const v = index(x);
  const neg = v < 0;
  const a = neg ? -(v as any) : v;
  return (neg ? '-' : '') + prefix + a.toString(base);
}

// ---- introspection ------------------------------------------------------------------

function isinstance(obj: Py, cls: Py): boolean {
  if (cls instanceof PyType) {
    const tp = typeOf(obj);
    if (tp === cls) return true;
    // only the exact metaclass `type` is known not to override __instancecheck__
    if (cls.cls === T.type) return tp.isSubtype(cls) || isInstanceDefault(obj, cls);
  }
  if (cls instanceof PyTuple) return cls.items.some((c) => isinstance(obj, c));
  const check = typeOf(cls).lookup('__instancecheck__');
  if (check === MISSING) throw TypeError('isinstance() arg 2 must be a type, a tuple of types, or a union');
  return truthy(callSpecial(cls, '__instancecheck__', obj));
}

function issubclass(sub: Py, cls: Py): boolean {
  if (cls instanceof PyTuple) return cls.items.some((c) => issubclass(sub, c));
  if (cls instanceof PyType && cls.cls === T.type) {
    if (!(sub instanceof PyType)) {
      if (getattrOpt(sub, '__bases__') === MISSING) throw TypeError('issubclass() arg 1 must be a class');
    }
    return isSubclassDefault(sub, cls);
  }
  const check = typeOf(cls).lookup('__subclasscheck__');
  if (check === MISSING) throw TypeError('issubclass() arg 2 must be a class, a tuple of classes, or a union');
  return truthy(callSpecial(cls, '__subclasscheck__', sub));
}

function dir(x: Py): Py {
  if (x === undefined) {
    const f = current.frame!;
    return new PyList([...localsOf(f).keys()].filter((k) => typeof k === 'string').sort());
  }
  const d = callSpecial(x, '__dir__');
  const items = iterToArray(d);
  items.sort((a, b) => (lessThan(a, b) ? -1 : lessThan(b, a) ? 1 : 0));
  return new PyList(items);
}

function vars(x: Py): Py {
  if (x === undefined) return localsOf(current.frame!);
  const d = getattrOpt(x, '__dict__');
  if (d === MISSING) throw TypeError('vars() argument must have __dict__ attribute');
  return d;
}

function attrName(name: Py, fn: string): string {
  void fn;
  const s = strValue(name);
  if (s === null) throw TypeError(`attribute name must be string, not '${typeName(name)}'`);
  return s;
}

// ---- code ------------------------------------------------------------------------

function callerGlobalsLocals(g: Py, l: Py, isExec: boolean): [Py, Py] {
  if (g !== None && !(g instanceof PyDict)) {
    if (isExec) throw TypeError(`exec() globals must be a dict, not ${typeName(g)}`);
    throw TypeError(typeOf(g).lookup('__getitem__') !== MISSING ? 'globals must be a real dict; try eval(expr, {}, mapping)' : 'globals must be a dict');
  }
  if (l !== None && typeOf(l).lookup('__getitem__') === MISSING) {
    throw TypeError(isExec ? `locals must be a mapping or None, not ${typeName(l)}` : 'locals must be a mapping');
  }
  const f = current.frame!;
  if (g === None) {
    g = f.globals;
    if (l === None) l = f.ns !== null ? f.ns : localsOf(f);
  } else if (l === None) l = g;
  return [g, l];
}

function exec(src: Py, g: Py, l: Py, closure: Py): Py {
  void closure;
  const [G, L] = callerGlobalsLocals(g, l, true);
  return runCodeIn(current, codeFor(src, 'exec', 'exec'), G, L);
}

function evalBuiltin(src: Py, g: Py, l: Py): Py {
  const [G, L] = callerGlobalsLocals(g, l, false);
  return runCodeIn(current, codeFor(src, 'eval', 'eval'), G, L);
}

function compile(src: Py, filename: Py, mode: Py, flags: Py, dontInherit: Py, optimize: Py): Py {
  void dontInherit;
  void optimize;
  const m = strValue(mode);
  if (m !== 'exec' && m !== 'eval' && m !== 'single') throw ValueError("compile() mode must be 'exec', 'eval' or 'single'");
  let text = strValue(src);
  if (text === null) {
    const b = (src as any)?.v;
    if (b instanceof Uint8Array) text = Buffer.from(b).toString('utf8');
  }
  if (text === null) throw TypeError('compile() arg 1 must be a string, bytes or AST object');
  const fn = strValue(filename) ?? pyStr(filename);
  const fl = Number(intValue(flags) ?? 0);
  if (fl & 0x400) {
    // PyCF_ONLY_AST: the ast module is not available yet
    throw ValueError('compile() with PyCF_ONLY_AST is not supported');
  }
  return compileSource(text, fn, m, fl & (FUTURE_ANNOTATIONS | FUTURE_DIVISION));
}

function importBuiltin(name: Py, g: Py, l: Py, fromlist: Py, level: Py): Py {
  void l;
  const n = strValue(name);
  if (n === null) throw TypeError(`__import__() argument 1 must be str, not ${typeName(name)}`);
  const lv = Number(intValue(level) ?? 0);
  const globals = g instanceof PyDict ? g : new PyDict();
  const full = resolveName(n, globals, lv);
  const hasFrom = fromlist !== None && fromlist !== undefined && truthy(fromlist);
  if (!hasFrom && lv === 0) return importModule(current, current.interp, full, false);
  return importModule(current, current.interp, full, true);
}

function buildClassBuiltin(func: Py, name: Py, bases: Py[], kw: PyDict): Py {
  if (!(func instanceof PyFunction)) throw TypeError('__build_class__: func must be a function');
  const n = strValue(name);
  if (n === null) throw TypeError('__build_class__: name is not a string');
  const kwn: string[] = [];
  const kwv: Py[] = [];
  for (const [k, v] of kw.entries()) {
    kwn.push(k);
    kwv.push(v);
  }
  return buildClass(current, func, n, bases, kwn, kwv);
}

function help(x: Py): Py {
  const out = sysAttr('stdout');
  const write = (s: string) => callSync(getattr(out, 'write'), [s]);
  if (x === undefined) {
    write('Type help(object) for help about object.\n');
    return None;
  }
  const doc = getattrOpt(x, '__doc__');
  const name = getattrOpt(x, '__name__');
  write(`Help on ${name === MISSING ? typeName(x) : pyStr(name)}:\n\n`);
  if (doc !== MISSING && doc !== None) write(pyStr(doc) + '\n');
  return None;
}

/** The builtins table: name -> [signature, implementation]. */
export function builtinFunctions(): Record<string, PyBuiltin> {
  const table = natives(
    {
      print: ['*args, sep=None, end=None, file=None, flush=False', print],
      input: ['prompt=?, /', input],
      len: ['obj, /', (x: Py) => pyLen(x)],
      repr: ['obj, /', (x: Py) => repr(x)],
      ascii: ['obj, /', (x: Py) => asciiEscape(repr(x))],
      format: ['value, format_spec="", /', (v: Py, spec: Py) => {
        const s = strValue(spec);
        if (s === null) throw TypeError(`format() argument 2 must be str, not ${typeName(spec)}`);
        return format(v, s);
      }],
      abs: ['x, /', abs],
      all: ['iterable, /', (it: Py) => {
        let r = true;
        require_iterate(it, (v) => {
          if (!truthy(v)) {
            r = false;
            return true;
          }
        });
        return r;
      }],
      any: ['iterable, /', (it: Py) => {
        let r = false;
        require_iterate(it, (v) => {
          if (truthy(v)) {
            r = true;
            return true;
          }
        });
        return r;
      }],
      bin: ['number, /', (x: Py) => intBase(x, '0b', 2)],
      oct: ['number, /', (x: Py) => intBase(x, '0o', 8)],
      hex: ['number, /', (x: Py) => intBase(x, '0x', 16)],
      chr: ['i, /', (i: Py) => {
        const v = typeof i === 'number' ? i : index(i);
        if (v < 0 || v > 0x10ffff) {
          if (typeof v === 'bigint') throw OverflowError('Python int too large to convert to C int');
          throw ValueError('chr() arg not in range(0x110000)');
        }
        return String.fromCodePoint(Number(v));
      }],
      ord: ['c, /', (c: Py) => {
        const s = strValue(c);
        if (s !== null) {
          const n = strLen(s);
          if (n !== 1) throw TypeError(`ord() expected a character, but string of length ${n} found`);
          return s.codePointAt(0)!;
        }
        const b = (c as any)?.v;
        if (b instanceof Uint8Array && (c.cls === T.bytes || c.cls === T.bytearray)) {
          if (b.length !== 1) throw TypeError(`ord() expected a character, but string of length ${b.length} found`);
          return b[0];
        }
        throw TypeError(`ord() expected string of length 1, but ${typeName(c)} found`);
      }],
      callable: ['obj, /', callable],
      divmod: ['x, y, /', (x: Py, y: Py) => binop(Op.DivMod, x, y)],
      pow: ['base, exp, mod=None', pow],
      round: ['number, ndigits=?', round],
      hash: ['obj, /', (x: Py) => hashExact(x)],
      id: ['obj, /', (x: Py) => objectId(x)],
      isinstance: ['obj, class_or_tuple, /', isinstance],
      issubclass: ['cls, class_or_tuple, /', issubclass],
      getattr: ['object, name, default=?, /', (o: Py, n: Py, d: Py) => {
        const name = attrName(n, 'getattr');
        if (d === undefined) return getattr(o, name);
        const v = getattrOpt(o, name);
        return v === MISSING ? d : v;
      }],
      setattr: ['obj, name, value, /', (o: Py, n: Py, v: Py) => { setattr(o, attrName(n, 'setattr'), v); return None; }],
      delattr: ['obj, name, /', (o: Py, n: Py) => { delattr(o, attrName(n, 'delattr')); return None; }],
      hasattr: ['obj, name, /', (o: Py, n: Py) => hasattr(o, attrName(n, 'hasattr'))],
      iter: ['object, sentinel=?, /', iter],
      next: ['iterator, default=?, /', next],
      min: ['*args, **kwargs', (a: Py[], kw: PyDict) => minmax(a, kw, false)],
      max: ['*args, **kwargs', (a: Py[], kw: PyDict) => minmax(a, kw, true)],
      sum: ['iterable, /, start=0', sum],
      sorted: ['*args, **kwargs', (a: Py[], kw: PyDict) => sorted(a, [...kw.keys()], [...kw.values()])],
      dir: ['object=?, /', dir],
      vars: ['object=?, /', vars],
      globals: ['', () => current.frame!.globals],
      locals: ['', () => localsOf(current.frame!)],
      exec: ['source, /, globals=None, locals=None, *, closure=None', exec],
      eval: ['source, globals=None, locals=None, /', evalBuiltin],
      compile: ['source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1', compile],
      __import__: ['name, globals=None, locals=None, fromlist=(), level=0', importBuiltin],
      __build_class__: ['func, name, /, *bases, **kwds', buildClassBuiltin],
      open: ['file, mode="r", buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None', openBuiltin],
      help: ['request=?', help],
      aiter: ['async_iterable, /', (x: Py) => callSpecial(x, '__aiter__')],
      anext: ['aiterator, default=?, /', (x: Py) => callSpecial(x, '__anext__')],
      breakpoint: ['*args, **kws', () => None],
      // Python 2 names (DESIGN.md, "Dialect")
      raw_input: ['prompt=?, /', input],
      unichr: ['i, /', (i: Py) => String.fromCodePoint(Number(index(i)))],
      reduce: ['function, iterable, initial=?, /', (fn: Py, it: Py, init: Py) => {
        const items = iterToArray(it);
        let acc: Py;
        let i = 0;
        if (init !== undefined) acc = init;
        else {
          if (!items.length) throw TypeError('reduce() of empty iterable with no initial value');
          acc = items[i++];
        }
        for (; i < items.length; i++) acc = callSync(fn, [acc, items[i]]);
        return acc;
      }],
      intern: ['string, /', (s: Py) => s],
    },
    { module: 'builtins' },
  );
  return table;
}

function require_iterate(it: Py, fn: (v: Py) => boolean | void): void {
  const i = getIter(it);
  for (;;) {
    const v = nextSync(i);
    if (v === STOP) return;
    if (fn(v) === true) return;
  }
}

void [PyStr, PyInt, PyModule, PyCode, PyBaseException, numBinop, norm, tuple, Ellipsis, exc, RuntimeError, forNext, callV, richCompare, PyRange, objectDir];

serial(NextDefault);
