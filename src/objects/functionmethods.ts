// function, method, builtin_function_or_method, code, cell, frame and
// traceback: their Python-visible attributes and behaviour.

import { T, None, NotImplemented, type Py } from './base';
import { PyType } from './type';
import { PyFunction } from './function';
import { PyMethod } from './method';
import { PyBuiltin } from './builtinfunc';
import { PyCode } from './code';
import { PyCell } from './cell';
import { PyDict } from './dict';
import { PyTuple, tuple } from './tuple';
import { PyTraceback } from './exceptions';
import { ArrayIter } from './iter';
import { PyBytes } from './bytesutil';
import { methods, staticMethods, getsets } from './typesetup';
import { TypeError, ValueError } from './raise';
import { typeOf, typeName } from './typeof';
import { repr, hashOf, richEqBool, strHash } from './protocol';
import { idHash } from './hash';
import { objectId } from './identity';
import { qualifiedName } from './object';
import { callV } from '../vm/call';
import { current } from '../vm/thread';
import { Frame } from '../vm/frame';
import { strValue } from './strutil';
import { getattr } from './attrs';
import { localsOf } from '../vm/hostcalls';

const hex = (o: Py) => '0x' + objectId(o).toString(16).padStart(12, '0');

function setName(o: any, field: string, what: string) {
  return (f: Py, v: Py) => {
    const s = strValue(v);
    if (s === null) throw TypeError(`${what} must be set to a string object`);
    o = f;
    o[field] = s;
  };
}

export function setupFunctions(): void {
  const fn = T.function;
  methods(fn, {
    __repr__: ['self, /', (f: PyFunction) => `<function ${f.qualname} at ${hex(f)}>`],
    __call__: ['self, /, *args, **kwargs', (f: PyFunction, args: Py[], kw: PyDict) => callWithDict(f, args, kw)],
    __get__: ['self, instance, owner=None, /', (f: PyFunction, inst: Py) => (inst === None ? f : new PyMethod(f, inst))],
  });
  staticMethods(fn, {
    __new__: ['cls, code, globals, name=None, argdefs=None, closure=None', (_c: Py, code: Py, g: Py, name: Py, defs: Py, clo: Py) => {
      if (!(code instanceof PyCode)) throw TypeError(`function() argument 'code' must be code, not ${typeName(code)}`);
      if (!(g instanceof PyDict)) throw TypeError(`function() argument 'globals' must be dict, not ${typeName(g)}`);
      const b = g.getS('__builtins__');
      const bd = b instanceof PyDict ? b : b !== undefined && b.dict instanceof PyDict ? b.dict : current.interp.builtinsDict;
      const f = new PyFunction(code, g, bd);
      if (name !== None) {
        if (strValue(name) === null) throw TypeError(`arg 3 (name) must be None or string`);
        f.name = strValue(name)!;
      }
      if (defs !== None) {
        if (!(defs instanceof PyTuple)) throw TypeError('arg 4 (defaults) must be None or tuple');
        f.defaults = defs.items.slice();
      }
      if (clo !== None) {
        if (!(clo instanceof PyTuple)) throw TypeError('arg 5 (closure) must be tuple');
        f.closure = clo.items.slice();
      }
      return f;
    }],
  });
  getsets(fn, {
    __name__: [(f: PyFunction) => f.name, setName(null, 'name', '__name__')],
    __qualname__: [(f: PyFunction) => f.qualname, setName(null, 'qualname', '__qualname__')],
    __doc__: [(f: PyFunction) => f.doc, (f: PyFunction, v: Py) => { f.doc = v; }],
    __module__: [(f: PyFunction) => f.module, (f: PyFunction, v: Py) => { f.module = v; }],
    __defaults__: [
      (f: PyFunction) => (f.defaults ? tuple(f.defaults.slice()) : None),
      (f: PyFunction, v: Py) => {
        if (v !== None && !(v instanceof PyTuple)) throw TypeError('__defaults__ must be set to a tuple object');
        f.defaults = v === None ? null : v.items.slice();
      },
    ],
    __kwdefaults__: [(f: PyFunction) => f.kwdefaults ?? None, (f: PyFunction, v: Py) => { f.kwdefaults = v === None ? null : v; }],
    __code__: [(f: PyFunction) => f.code, (f: PyFunction, v: Py) => {
      if (!(v instanceof PyCode)) throw TypeError('__code__ must be set to a code object');
      f.code = v;
    }],
    __globals__: [(f: PyFunction) => f.globals],
    __builtins__: [(f: PyFunction) => f.builtins],
    __closure__: [(f: PyFunction) => (f.closure ? tuple(f.closure.slice()) : None)],
    __annotations__: [(f: PyFunction) => {
      if (f.annotations === None) f.annotations = new PyDict();
      return f.annotations;
    }, (f: PyFunction, v: Py) => { f.annotations = v; }],
    __dict__: [(f: PyFunction) => (f.dict ??= new PyDict()), (f: PyFunction, v: Py) => { f.dict = v; }],
  });
  fn.hasDict = true;

  const m = T.method;
  staticMethods(m, { __new__: ['cls, function, instance, /', (_c: PyType, f: Py, s: Py) => new PyMethod(f, s)] });
  methods(m, {
    __repr__: ['self, /', (b: PyMethod) => {
      const f = b.func;
      if (f instanceof PyBuiltin) return `<built-in method ${f.name} of ${typeName(b.self)} object at ${hex(b.self)}>`;
      const qn = f instanceof PyFunction ? f.qualname : '?';
      return `<bound method ${qn} of ${repr(b.self)}>`;
    }],
    __call__: ['self, /, *args, **kwargs', (b: PyMethod, args: Py[], kw: PyDict) => callWithDict(b.func, [b.self, ...args], kw)],
    __get__: ['self, instance, owner=None, /', (b: PyMethod) => b],
    __eq__: ['self, value, /', (b: PyMethod, o: Py) => (o instanceof PyMethod ? b.func === o.func && b.self === o.self : NotImplemented)],
    __hash__: ['self, /', (b: PyMethod) => hashOf(b.func) ^ objectId(b.self)],
    __reduce__: ['self, /', (b: PyMethod) => new PyTuple([require_getattr(), new PyTuple([b.self, b.func.name])])],
    // other attributes are the function's (m.__annotations__, m.__globals__)
    __getattr__: ['self, name, /', (b: PyMethod, n: Py) => getattr(b.func, strValue(n) ?? '')],
  });
  getsets(m, {
    __func__: [(b: PyMethod) => b.func],
    __self__: [(b: PyMethod) => b.self],
    __name__: [(b: PyMethod) => b.func.name],
    __qualname__: [(b: PyMethod) => b.func.qualname],
    __doc__: [(b: PyMethod) => (b.func instanceof PyFunction ? b.func.doc : b.func instanceof PyBuiltin ? b.func.doc ?? None : None)],
    __module__: [(b: PyMethod) => (b.func instanceof PyFunction ? b.func.module : None)],
  });

  const bf = T.builtin_function_or_method;
  methods(bf, {
    __repr__: ['self, /', (b: PyBuiltin) => (b.self !== undefined && b.self !== None && typeOf(b.self) !== T.module ? `<built-in method ${b.name} of ${typeName(b.self)} object at ${hex(b.self)}>` : b.owner && !b.classmethod && !b.staticmethod ? `<method '${b.name}' of '${b.owner.name}' objects>` : `<built-in function ${b.name}>`)],
    __call__: ['self, /, *args, **kwargs', (b: PyBuiltin, args: Py[], kw: PyDict) => callWithDict(b, args, kw)],
    __get__: ['self, instance, owner=None, /', (b: PyBuiltin, inst: Py, owner: Py) => {
      if (!b.owner || b.staticmethod) return b;
      if (b.self !== undefined) return b;
      if (b.classmethod) return b.bound(inst === None ? owner : typeOf(inst));
      return inst === None ? b : b.bound(inst);
    }],
    __eq__: ['self, value, /', (b: PyBuiltin, o: Py) => (o instanceof PyBuiltin ? b === o || (b.impl === o.impl && b.self === o.self) : NotImplemented)],
    __hash__: ['self, /', (b: PyBuiltin) => (b.self === undefined ? idHash(b) : idHash(b.self) ^ strHash(b.qualname))],
    __reduce__: ['self, /', (b: PyBuiltin) => b.name],
  });
  getsets(bf, {
    __name__: [(b: PyBuiltin) => b.name],
    __qualname__: [(b: PyBuiltin) => b.qualname],
    // natives without a docstring document their signature
    __doc__: [(b: PyBuiltin) => b.doc ?? `${b.name}(${b.sig.text})`],
    __module__: [(b: PyBuiltin) => b.module ?? None],
    __self__: [(b: PyBuiltin) => (b.self === undefined ? (b.owner ? b.owner : None) : b.self)],
    __text_signature__: [(b: PyBuiltin) => `(${b.sig.text})`],
    __objclass__: [(b: PyBuiltin) => b.owner ?? None],
  });

  const code = T.code;
  methods(code, {
    __repr__: ['self, /', (c: PyCode) => `<code object ${c.name} at ${hex(c)}, file "${c.filename}", line ${c.firstlineno}>`],
    // (line, end_line, col, end_col) per instruction; tb_lasti // 2 indexes it
    co_positions: ['self, /', (c: PyCode) => new ArrayIter(c.spans.map((sp) => (sp ? new PyTuple([sp[0], sp[2], sp[1], sp[3]]) : new PyTuple([None, None, None, None]))), T.tuple_iterator)],
    replace: ['self, /, **kwargs', (c: PyCode, kw: PyDict) => {
      // a shallow clone sharing the compiled step function
      const r: PyCode = Object.assign(Object.create(Object.getPrototypeOf(c)), c);
      const fields: Record<string, keyof PyCode> = {
        co_name: 'name', co_qualname: 'qualname', co_filename: 'filename', co_firstlineno: 'firstlineno', co_flags: 'flags',
      };
      for (const [k, v] of kw.entries()) {
        const f = fields[k];
        if (f === undefined) throw TypeError(`'${k}' is an invalid keyword argument for replace()`);
        (r as any)[f] = v;
      }
      return r;
    }],
  });
  getsets(code, {
    co_name: [(c: PyCode) => c.name],
    co_qualname: [(c: PyCode) => c.qualname],
    co_filename: [(c: PyCode) => c.filename],
    co_firstlineno: [(c: PyCode) => c.firstlineno],
    co_argcount: [(c: PyCode) => c.argcount],
    co_posonlyargcount: [(c: PyCode) => c.posonlyargcount],
    co_kwonlyargcount: [(c: PyCode) => c.kwonlyargcount],
    co_nlocals: [(c: PyCode) => c.varnames.length],
    co_varnames: [(c: PyCode) => tuple(c.varnames.slice())],
    co_cellvars: [(c: PyCode) => tuple(c.cellvars.slice())],
    co_freevars: [(c: PyCode) => tuple(c.freevars.slice())],
    co_flags: [(c: PyCode) => c.flags | 3],
    co_names: [(c: PyCode) => tuple(c.names.slice())],
    co_consts: [(c: PyCode) => tuple([c.doc])],
    co_code: [() => new PyBytes(new Uint8Array(0))],
    co_stacksize: [() => 0],
  });

  const cell = T.cell;
  staticMethods(cell, { __new__: ['cls, contents=?, /', (_c: Py, v: Py) => new PyCell(v)] });
  methods(cell, {
    __repr__: ['self, /', (c: PyCell) => (c.v === undefined ? `<cell at ${hex(c)}: empty>` : `<cell at ${hex(c)}: ${typeName(c.v)} object at ${hex(c.v)}>`)],
    __eq__: ['self, value, /', (c: PyCell, o: Py) => (o instanceof PyCell ? (c.v === undefined ? o.v === undefined : o.v !== undefined && richEqBool(c.v, o.v)) : NotImplemented)],
  });
  getsets(cell, {
    cell_contents: [(c: PyCell) => {
      if (c.v === undefined) throw ValueError('Cell is empty');
      return c.v;
    }, (c: PyCell, v: Py) => { c.v = v; }, (c: PyCell) => { c.v = undefined; }],
  });

  const frame = T.frame;
  methods(frame, {
    __repr__: ['self, /', (f: Frame) => `<frame at ${hex(f)}, file '${f.code.filename}', line ${f.ln}, code ${f.code.name}>`],
    clear: ['self, /', () => None],
  });
  getsets(frame, {
    f_back: [(f: Frame) => pyBack(f)],
    f_code: [(f: Frame) => f.code],
    f_lineno: [(f: Frame) => f.ln],
    f_globals: [(f: Frame) => f.globals],
    f_builtins: [(f: Frame) => f.builtins],
    f_locals: [(f: Frame) => localsOf(f)],
    f_lasti: [(f: Frame) => f.pc * 2],
    f_trace: [() => None, () => undefined],
  });

  const tb = T.traceback;
  getsets(tb, {
    tb_frame: [(t: PyTraceback) => t.frame],
    tb_lineno: [(t: PyTraceback) => t.lineno],
    tb_next: [(t: PyTraceback) => t.next ?? None, (t: PyTraceback, v: Py) => { t.next = v === None ? null : v; }],
    // CPython counts 2-byte instructions: lasti // 2 indexes co_positions()
    tb_lasti: [(t: PyTraceback) => (t.lasti >= 0 ? t.lasti * 2 : -1)],
  });
  void qualifiedName;
  void current;
}

/** The nearest Python frame below f (native continuations are skipped). */
export function pyBack(f: Frame): Py {
  let b = f.back;
  while (b && b.kind === 3) b = b.back;
  return b ?? None;
}

function require_getattr(): Py {
  return (current.interp.builtinsDict.getS('getattr') as Py) ?? None;
}

/** Calls fn with positional args and a kwargs dict (the __call__ slots). */
export function callWithDict(fn: Py, args: Py[], kw: PyDict): Py {
  if (!kw.size) return callV(current, fn, args, null);
  const names: string[] = [];
  const all = args.slice();
  for (const [k, v] of kw.entries()) {
    names.push(k);
    all.push(v);
  }
  return callV(current, fn, all, names);
}
