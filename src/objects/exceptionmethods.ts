// The behaviour of BaseException and the subclasses with extra attributes
// (OSError and its errno mapping, SyntaxError, ImportError, StopIteration,
// SystemExit, KeyError, Unicode*Error, ExceptionGroup).

import { T, None, MISSING, type Py } from './base';
import { PyType } from './type';
import { PyBaseException, PyTraceback } from './exceptions';
import { PyTuple, tuple } from './tuple';
import { PyList } from './list';
import { PyDict } from './dict';
import { methods, staticMethods, getsets, type GetSetTable } from './typesetup';
import { TypeError, ValueError, AttributeError } from './raise';
import { typeOf, typeName } from './typeof';
import { str as pyStr, repr } from './protocol';
import { strValue } from './strutil';
import { bytesValue } from './bytesutil';
import { intValue } from './intutil';
import { iterToArray } from './iter';
import { qualifiedName } from './object';

function E(x: Py): PyBaseException {
  if (x instanceof PyBaseException) return x;
  throw TypeError(`descriptor requires a 'BaseException' object but received a '${typeName(x)}'`);
}

/** A field stored in the exception's __dict__ (None when unset). */
function field(e: PyBaseException, name: string): Py {
  const v = e.dict?.getS(name);
  return v === undefined ? None : v;
}
function setField(e: PyBaseException, name: string, v: Py): void {
  (e.dict ??= new PyDict()).setS(name, v);
}
function fieldGetSet(names: string[]): GetSetTable {
  const t: GetSetTable = {};
  for (const n of names) t[n] = [(e) => field(e, n), (e, v) => setField(e, n, v)];
  return t;
}

/** errno -> OSError subclass name, as CPython's OSError.__new__ maps them. */
const ERRNO_CLASSES: Record<number, string> = {
  11: 'BlockingIOError', 114: 'BlockingIOError', 115: 'BlockingIOError', 10: 'ChildProcessError',
  32: 'BrokenPipeError', 108: 'BrokenPipeError', 103: 'ConnectionAbortedError', 111: 'ConnectionRefusedError',
  104: 'ConnectionResetError', 17: 'FileExistsError', 2: 'FileNotFoundError', 4: 'InterruptedError',
  21: 'IsADirectoryError', 20: 'NotADirectoryError', 1: 'PermissionError', 13: 'PermissionError',
  3: 'ProcessLookupError', 110: 'TimeoutError',
};

function osInit(e: PyBaseException, args: Py[]): void {
  e.args = args;
  if (args.length >= 2 && args.length <= 5) {
    setField(e, 'errno', args[0]);
    setField(e, 'strerror', args[1]);
    let fn = args.length >= 3 ? args[2] : None;
    // BlockingIOError's third argument may be the number of characters written
    if (fn !== None && e.cls === T.BlockingIOError && (intValue(fn) !== null || fn?.cls === T.float)) {
      setField(e, 'characters_written', intValue(fn) ?? Math.trunc(fn.v));
      fn = None;
    }
    setField(e, 'filename', fn);
    setField(e, 'filename2', args.length >= 5 ? args[4] : None);
    if (args.length >= 3) e.args = [args[0], args[1]];
  } else {
    setField(e, 'errno', None);
    setField(e, 'strerror', None);
    setField(e, 'filename', None);
    setField(e, 'filename2', None);
  }
}

function osStr(e: PyBaseException): string {
  const errno = field(e, 'errno'), strerror = field(e, 'strerror'), fn = field(e, 'filename'), fn2 = field(e, 'filename2');
  if (fn !== None) {
    if (fn2 !== None) return `[Errno ${pyStr(errno)}] ${pyStr(strerror)}: ${repr(fn)} -> ${repr(fn2)}`;
    return `[Errno ${pyStr(errno)}] ${pyStr(strerror)}: ${repr(fn)}`;
  }
  if (errno !== None && strerror !== None) return `[Errno ${pyStr(errno)}] ${pyStr(strerror)}`;
  return baseStr(e);
}

function baseStr(e: PyBaseException): string {
  const a = e.args;
  if (a.length === 0) return '';
  if (a.length === 1) return pyStr(a[0]);
  return pyStr(tuple(a));
}

function setKw(e: PyBaseException, kw: PyDict, allowed: string[], cls: string): void {
  for (const [k, v] of kw.entries()) {
    if (!allowed.includes(k)) throw TypeError(`'${k}' is an invalid keyword argument for ${cls}()`);
    setField(e, k, v);
  }
}

export function setupExceptions(): void {
  const b = T.BaseException;
  staticMethods(b, {
    __new__: ['cls, *args, **kwargs', (cls: PyType, args: Py[]) => {
      let c = cls;
      if ((cls === T.OSError) && args.length >= 2) {
        const n = intValue(args[0]);
        const sub = n !== null ? ERRNO_CLASSES[Number(n)] : undefined;
        if (sub) c = T[sub];
      }
      const e = c.alloc(c) as PyBaseException;
      e.args = args.slice();
      if (c.isSubtype(T.OSError)) osInit(e, args);
      return e;
    }],
  });
  methods(b, {
    __init__: ['self, *args, **kwargs', (self: Py, args: Py[], kw: PyDict) => {
      const e = E(self);
      if (kw.size) throw TypeError(`${typeOf(e).name}() takes no keyword arguments`);
      e.args = args.slice();
      return None;
    }],
    __str__: ['self, /', (self: Py) => baseStr(E(self))],
    __repr__: ['self, /', (self: Py) => {
      const e = E(self);
      const a = e.args;
      const name = typeOf(e).name;
      if (a.length === 1) return `${name}(${repr(a[0])})`;
      return `${name}${repr(tuple(a))}`;
    }],
    with_traceback: ['self, tb, /', (self: Py, tb: Py) => {
      E(self).traceback = tb === None ? null : tb;
      return self;
    }],
    add_note: ['self, note, /', (self: Py, note: Py) => {
      if (strValue(note) === null) throw TypeError(`note must be a str, not '${typeName(note)}'`);
      const e = E(self);
      let notes = field(e, '__notes__');
      if (notes === None) setField(e, '__notes__', (notes = new PyList()));
      if (!(notes instanceof PyList)) throw TypeError('Cannot add note: __notes__ is not a list');
      notes.items.push(note);
      e.notes = notes;
      return None;
    }],
    __reduce__: ['self, /', (self: Py) => {
      const e = E(self);
      return e.dict && e.dict.size ? new PyTuple([typeOf(e), tuple(e.args), e.dict]) : new PyTuple([typeOf(e), tuple(e.args)]);
    }],
    __setstate__: ['self, state, /', (self: Py, st: Py) => {
      if (st instanceof PyDict) for (const [k, v] of st.entries()) setField(E(self), k, v);
      return None;
    }],
  });
  getsets(b, {
    args: [(e) => tuple(E(e).args), (e, v) => { E(e).args = iterToArray(v); }],
    __traceback__: [(e) => E(e).traceback ?? None, (e, v) => {
      if (v !== None && !(v instanceof PyTraceback)) throw TypeError('__traceback__ must be a traceback or None');
      E(e).traceback = v === None ? null : v;
    }],
    __cause__: [(e) => E(e).cause ?? None, (e, v) => {
      if (v !== None && !(v instanceof PyBaseException)) throw TypeError('exception cause must be None or derive from BaseException');
      E(e).cause = v;
      E(e).suppressContext = true;
    }],
    __context__: [(e) => E(e).context ?? None, (e, v) => {
      if (v !== None && !(v instanceof PyBaseException)) throw TypeError('exception context must be None or derive from BaseException');
      E(e).context = v === None ? null : v;
    }],
    __suppress_context__: [(e) => E(e).suppressContext, (e, v) => { E(e).suppressContext = !!v; }],
    __dict__: [(e) => (E(e).dict ??= new PyDict()), (e, v) => { E(e).dict = v; }],
  });

  methods(T.KeyError, {
    __str__: ['self, /', (self: Py) => (E(self).args.length === 1 ? repr(E(self).args[0]) : baseStr(E(self)))],
  });
  methods(T.StopIteration, {
    __init__: ['self, *args', (self: Py, args: Py[]) => { E(self).args = args; return None; }],
  });
  getsets(T.StopIteration, { value: [(e) => (E(e).args.length ? E(e).args[0] : None), (e, v) => setField(E(e), 'value', v)] });
  getsets(T.StopAsyncIteration, { value: [(e) => (E(e).args.length ? E(e).args[0] : None)] });
  getsets(T.SystemExit, {
    code: [(e) => {
      const v = E(e).dict?.getS('code');
      if (v !== undefined) return v;
      const a = E(e).args;
      return a.length === 0 ? None : a.length === 1 ? a[0] : tuple(a);
    }, (e, v) => setField(E(e), 'code', v)],
  });
  methods(T.OSError, {
    __init__: ['self, *args', (self: Py, args: Py[]) => {
      const e = E(self);
      if (!(e.dict && e.dict.has('errno'))) osInit(e, args);
      return None;
    }],
    __str__: ['self, /', (self: Py) => osStr(E(self))],
    __reduce__: ['self, /', (self: Py) => new PyTuple([typeOf(self), tuple(E(self).args)])],
  });
  getsets(T.OSError, fieldGetSet(['errno', 'strerror', 'filename', 'filename2']));
  getsets(T.BlockingIOError, {
    characters_written: [(e) => {
      const v = E(e).dict?.getS('characters_written');
      if (v === undefined) throw AttributeError('characters_written');
      return v;
    }, (e, v) => setField(E(e), 'characters_written', v), (e) => {
      if (!E(e).dict?.has('characters_written')) throw AttributeError('characters_written');
      E(e).dict!.pop('characters_written');
    }],
  });

  methods(T.ImportError, {
    __init__: ['self, *args, **kwargs', (self: Py, args: Py[], kw: PyDict) => {
      const e = E(self);
      e.args = args;
      setField(e, 'msg', args.length === 1 ? args[0] : None);
      setField(e, 'name', None);
      setField(e, 'path', None);
      setKw(e, kw, ['name', 'path'], 'ImportError');
      return None;
    }],
    __str__: ['self, /', (self: Py) => {
      const m = field(E(self), 'msg');
      return m !== None ? pyStr(m) : baseStr(E(self));
    }],
  });
  getsets(T.ImportError, fieldGetSet(['msg', 'name', 'path']));
  methods(T.AttributeError, {
    __init__: ['self, *args, **kwargs', (self: Py, args: Py[], kw: PyDict) => {
      E(self).args = args;
      setKw(E(self), kw, ['name', 'obj'], 'AttributeError');
      return None;
    }],
  });
  getsets(T.AttributeError, fieldGetSet(['name', 'obj']));
  methods(T.NameError, {
    __init__: ['self, *args, **kwargs', (self: Py, args: Py[], kw: PyDict) => {
      E(self).args = args;
      setKw(E(self), kw, ['name'], 'NameError');
      return None;
    }],
  });
  getsets(T.NameError, fieldGetSet(['name']));

  const se = T.SyntaxError;
  methods(se, {
    __init__: ['self, *args', (self: Py, args: Py[]) => {
      const e = E(self);
      e.args = args;
      for (const f of ['msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset', 'print_file_and_line']) setField(e, f, None);
      if (args.length >= 1) setField(e, 'msg', args[0]);
      if (args.length === 2) {
        const info = iterToArray(args[1]);
        if (info.length < 4 || info.length > 6) throw TypeError('tuple index out of range');
        ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'].forEach((f, i) => {
          if (i < info.length) setField(e, f, info[i]);
        });
      }
      return None;
    }],
    __str__: ['self, /', (self: Py) => {
      const e = E(self);
      const msg = field(e, 'msg');
      const m = msg === None ? baseStr(e) : pyStr(msg);
      const fn = field(e, 'filename'), ln = field(e, 'lineno');
      const base = typeof strValue(fn) === 'string' ? strValue(fn)!.split('/').pop() : null;
      if (base !== null && ln !== None) return `${m} (${base}, line ${pyStr(ln)})`;
      if (base !== null) return `${m} (${base})`;
      if (ln !== None) return `${m} (line ${pyStr(ln)})`;
      return m;
    }],
  });
  getsets(se, fieldGetSet(['msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset', 'print_file_and_line']));

  for (const [name, verb] of [['UnicodeDecodeError', 'decode'], ['UnicodeEncodeError', 'encode'], ['UnicodeTranslateError', 'translate']]) {
    const t = T[name];
    methods(t, {
      __init__: ['self, *args', (self: Py, args: Py[]) => {
        const e = E(self);
        e.args = args;
        const fields = name === 'UnicodeTranslateError' ? ['object', 'start', 'end', 'reason'] : ['encoding', 'object', 'start', 'end', 'reason'];
        if (args.length !== fields.length) throw TypeError(`function takes exactly ${fields.length} arguments (${args.length} given)`);
        fields.forEach((f, i) => setField(e, f, args[i]));
        return None;
      }],
      __str__: ['self, /', (self: Py) => {
        const e = E(self);
        if (!e.dict || !e.dict.has('start')) return baseStr(e);
        const enc = field(e, 'encoding'), obj = field(e, 'object');
        const start = Number(field(e, 'start')), end = Number(field(e, 'end'));
        const reason = pyStr(field(e, 'reason'));
        const codec = enc === None ? '' : `'${pyStr(enc)}' codec `;
        if (verb === 'decode') {
          const bytes = bytesValue(obj);
          if (bytes && end === start + 1) return `${codec}can't decode byte 0x${bytes[start].toString(16).padStart(2, '0')} in position ${start}: ${reason}`;
          return `${codec}can't decode bytes in position ${start}-${end - 1}: ${reason}`;
        }
        const s = strValue(obj) ?? '';
        const cps = Array.from(s);
        if (end === start + 1) {
          const cp = cps[start]?.codePointAt(0) ?? 0;
          const esc = cp <= 0xff ? `\\x${cp.toString(16).padStart(2, '0')}` : cp <= 0xffff ? `\\u${cp.toString(16).padStart(4, '0')}` : `\\U${cp.toString(16).padStart(8, '0')}`;
          return `${verb === 'encode' ? codec + "can't encode" : "can't translate"} character '${esc}' in position ${start}: ${reason}`;
        }
        return `${verb === 'encode' ? codec + "can't encode" : "can't translate"} characters in position ${start}-${end - 1}: ${reason}`;
      }],
    });
    getsets(t, fieldGetSet(['encoding', 'object', 'start', 'end', 'reason']));
  }

  // ExceptionGroup (PEP 654), enough to construct and inspect groups
  const beg = T.BaseExceptionGroup;
  staticMethods(beg, {
    __new__: ['cls, *args, **kwargs', (cls: PyType, args: Py[], kw: PyDict) => {
      if (kw.size) throw TypeError(`${cls.name}() takes no keyword arguments`);
      if (args.length !== 2) throw TypeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
      const [msg, excs] = args;
      if (strValue(msg) === null) throw TypeError(`BaseExceptionGroup.__new__() argument 1 must be str, not ${typeName(msg)}`);
      const tp = typeOf(excs);
      if (tp.lookup('__getitem__') === MISSING || tp.isSubtype(T.dict) || tp.isSubtype(T.set) || tp.isSubtype(T.frozenset)) {
        throw TypeError('second argument (exceptions) must be a sequence');
      }
      const items = iterToArray(excs);
      if (!items.length) throw ValueError('second argument (exceptions) must be a non-empty sequence');
      let nestedBase = false;
      items.forEach((x, i) => {
        if (!(x instanceof PyBaseException)) throw ValueError(`Item ${i} of second argument (exceptions) is not an exception`);
        if (!x.cls.isSubtype(T.Exception)) nestedBase = true;
      });
      let c = cls;
      if (cls === beg) {
        if (!nestedBase) c = T.ExceptionGroup;
      } else if (cls === T.ExceptionGroup) {
        if (nestedBase) throw TypeError('Cannot nest BaseExceptions in an ExceptionGroup');
      } else if (nestedBase && (cls.isSubtype(T.Exception) || cls.isSubtype(T.ExceptionGroup))) {
        throw TypeError(`Cannot nest BaseExceptions in '${cls.name}'`);
      }
      const e = c.alloc(c) as PyBaseException;
      e.args = [msg, excs];
      setField(e, 'message', msg);
      setField(e, 'exceptions', tuple(items));
      return e;
    }],
  });
  methods(beg, {
    __init__: ['self, *args', () => None],
    __str__: ['self, /', (self: Py) => {
      const e = E(self);
      const n = (field(e, 'exceptions') as PyTuple).items.length;
      return `${pyStr(field(e, 'message'))} (${n} sub-exception${n === 1 ? '' : 's'})`;
    }],
  });
  getsets(beg, { message: [(e) => field(E(e), 'message')], exceptions: [(e) => field(E(e), 'exceptions')] });
  void MISSING;
  void qualifiedName;
}
