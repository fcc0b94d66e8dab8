// The sys module (https://docs.python.org/3.11/library/sys.html), the parts
// that belong to the interpreter core.

import { PyObject, T, None, MISSING, type Py } from '../objects/base';
import { PyModule } from '../objects/module';
import { PyList } from '../objects/list';
import { PyTuple, tuple } from '../objects/tuple';
import { PyDict } from '../objects/dict';
import { PyFloat } from '../objects/float';
import { PyBaseException } from '../objects/exceptions';
import { natives } from '../objects/builtinfunc';
import { methods, getsets, newType, staticMethods } from '../objects/typesetup';
import { TypeError, ValueError, exc, RecursionError } from '../objects/raise';
import { typeOf, typeName } from '../objects/typeof';
import { strValue } from '../objects/strutil';
import { intValue } from '../objects/intutil';
import { repr, str as pyStr } from '../objects/protocol';
import { iterToArray } from '../objects/iter';
import { PyNamespace } from '../objects/namespace';
import { getattr, getattrOpt } from '../objects/attrs';
import { intLimits, indexNum } from '../objects/int';
import { current, handledExc } from '../vm/thread';
import { callSync } from '../vm/call';
import { formatException } from '../vm/traceback';
import { pyBack } from '../objects/functionmethods';
import { stdStream, PyFile } from './file';
import { nativeModuleTable, type Interpreter } from '../vm/interp';
import { isatty } from '../host/fileio';
import { listDir, isFile, pathJoin } from '../host/fs';
import { constFrozenset } from '../objects/setutil';
import { PyType } from '../objects/type';
import { VERSION, PY_VERSION } from '../version';

/** A struct-sequence type (sys.version_info, flags, ...): a named tuple. */
export function structSeq(name: string, fields: string[], module = 'sys', nVisible = fields.length): PyType {
  const t = newType(name, T.tuple, undefined, { module });
  t.builtin = true;
  t.hasDict = false;
  const getters: Record<string, [(o: Py) => Py]> = {};
  fields.forEach((f, i) => {
    getters[f] = [(o: PyTuple) => (i < o.items.length ? o.items[i] : (o as any).extra?.[f] ?? None)];
  });
  getsets(t, getters);
  methods(t, {
    __repr__: ['self, /', (o: PyTuple) => `${module === 'builtins' ? '' : module + '.'}${name}(${fields.slice(0, nVisible).map((f, i) => `${f}=${repr(o.items[i])}`).join(', ')})`],
    __reduce__: ['self, /', (o: PyTuple) => new PyTuple([t, new PyTuple([new PyTuple(o.items)])])],
  });
  staticMethods(t, {
    __new__: ['cls, sequence, dict=?', (cls: PyType, seq: Py) => {
      const items = iterToArray(seq);
      return new PyTuple(items, cls);
    }],
  });
  t.dict.setS('n_fields', fields.length);
  t.dict.setS('n_sequence_fields', nVisible);
  t.dict.setS('_fields', tuple(fields));
  return t;
}

export function makeStruct(t: PyType, values: Py[]): PyTuple {
  return new PyTuple(values, t);
}

/** sys.stdout.flush(), as CPython does before it writes a traceback (so a
 * program's output comes before its error in a shared file); errors ignored. */
export function flushStdout(): void {
  try {
    const out = current.interp.sys.dict.getS('stdout');
    if (out === undefined || out === None) return;
    if (out instanceof PyFile) out.flush();
    else {
      const fl = getattrOpt(out, 'flush');
      if (fl !== MISSING) callSync(fl, []);
    }
  } catch {
    // a broken stdout must not hide the traceback
  }
}

/** sys.excepthook's default: print the traceback to sys.stderr. */
export function printException(e: PyBaseException): void {
  flushStdout();
  const err = current.interp.sys.dict.getS('stderr');
  const text = formatException(e).join('');
  if (err === undefined || err === None) {
    process.stderr.write(text);
    return;
  }
  if (err instanceof PyFile) {
    err.write(text);
    err.flush();
  } else {
    callSync(getattr(err, 'write'), [text]);
    const fl = getattrOpt(err, 'flush');
    if (fl !== MISSING) callSync(fl, []);
  }
}

function xoptionsDict(opts: [string, string | true][]): PyDict {
  const d = new PyDict();
  for (const [k, v] of opts) d.setS(k, v);
  return d;
}

/** What pys's standard library provides: native modules and the top-level
 * modules and packages in the stdlib directory. */
function stdlibModuleNames(dir: string): string[] {
  const names = new Set(['builtins', 'sys', ...Object.keys(nativeModuleTable)]);
  for (const e of listDir(dir)) {
    const m = /^([A-Za-z_]\w*)(\.pys?)?$/.exec(e);
    if (m && (m[2] || isFile(pathJoin(dir, e, '__init__.py')) || isFile(pathJoin(dir, e, '__init__.pys')))) names.add(m[1]);
  }
  return [...names].sort();
}

export function makeSysModule(interp: Interpreter): PyModule {
  const m = new PyModule('sys');
  const d = m.dict;
  const o = interp.opts;
  const flagsT = structSeq('flags', ['debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site', 'no_site', 'ignore_environment', 'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode', 'warn_default_encoding', 'safe_path', 'int_max_str_digits']);
  const viT = structSeq('version_info', ['major', 'minor', 'micro', 'releaselevel', 'serial']);
  const fiT = structSeq('float_info', ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds']);
  const iiT = structSeq('int_info', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold']);
  const hiT = structSeq('hash_info', ['width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff']);

  const stdout = stdStream(1, '<stdout>', 'w', isatty(1));
  const stderr = stdStream(2, '<stderr>', 'w', true);
  const stdin = stdStream(0, '<stdin>', 'r', false);
  interp.stdout = stdout;
  interp.stderr = stderr;

  const [maj, min, mic] = PY_VERSION.split('.').map(Number);
  const values: Record<string, Py> = {
    argv: new PyList(o.argv.slice()),
    orig_argv: new PyList([process.execPath, ...process.argv.slice(1)]),
    path: new PyList(o.path.slice()),
    modules: interp.modules,
    meta_path: new PyList([]),
    path_hooks: new PyList([]),
    path_importer_cache: new PyDict(),
    executable: o.executable,
    _base_executable: o.executable,
    prefix: o.stdlibDir,
    exec_prefix: o.stdlibDir,
    base_prefix: o.stdlibDir,
    base_exec_prefix: o.stdlibDir,
    platlibdir: 'lib',
    pycache_prefix: None,
    platform: 'linux',
    byteorder: 'little',
    maxsize: (1n << 63n) - 1n,
    maxunicode: 0x10ffff,
    version: `${PY_VERSION} (pys ${VERSION}) [Node.js ${process.version}]`,
    version_info: makeStruct(viT, [maj, min, mic, 'final', 0]),
    hexversion: (maj << 24) | (min << 16) | (mic << 8) | 0xf0,
    api_version: 1013,
    copyright: 'Copyright (c) pys authors.\nPython is Copyright (c) 2001-2023 Python Software Foundation.',
    implementation: PyNamespace.of({ name: 'pys', cache_tag: null, version: null, hexversion: (maj << 24) | (min << 16) | (mic << 8) | 0xf0, _multiarch: 'x86_64-linux-gnu' }),
    flags: makeStruct(flagsT, [0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, false, 0, 0, false, 4300]),
    float_info: makeStruct(fiT, [new PyFloat(Number.MAX_VALUE), 1024, 308, new PyFloat(2.2250738585072014e-308), -1021, -307, 15, 53, new PyFloat(Number.EPSILON), 2, 1]),
    int_info: makeStruct(iiT, [30, 4, 4300, 640]),
    hash_info: makeStruct(hiT, [64, 2305843009213693951, 314159, 0, 1000003, 'siphash13', 64, 128, 0]),
    float_repr_style: 'short',
    stdout,
    stderr,
    stdin,
    __stdout__: stdout,
    __stderr__: stderr,
    __stdin__: stdin,
    warnoptions: new PyList((o.warnoptions ?? []).slice()),
    _xoptions: xoptionsDict(o.xoptions ?? []),
    builtin_module_names: tuple(['builtins', 'sys', ...Object.keys(nativeModuleTable)].sort()),
    stdlib_module_names: constFrozenset(stdlibModuleNames(o.stdlibDir)),
    dont_write_bytecode: true,
    abiflags: '',
    thread_info: None,
  };
  for (const [k, v] of Object.entries(values)) if (v !== null) d.setS(k, v);

  const fns = natives(
    {
      exit: ['status=None, /', (s: Py) => { throw s === None ? exc(T.SystemExit) : exc(T.SystemExit, s); }],
      getrecursionlimit: ['', () => interp.recursionLimit],
      setrecursionlimit: ['limit, /', (n: Py) => {
        const v = intValue(n);
        if (v === null) throw TypeError(`'${typeName(n)}' object cannot be interpreted as an integer`);
        if (v < 1) throw ValueError('recursion limit must be greater or equal than 1');
        if (current.depth >= Number(v)) {
          throw RecursionError(`cannot set the recursion limit to ${v} at the recursion depth ${current.depth}: the limit is too low`);
        }
        interp.recursionLimit = Number(v);
        return None;
      }],
      getswitchinterval: ['', () => new PyFloat(interp.switchInterval)],
      setswitchinterval: ['interval, /', (v: Py) => {
        const f = v instanceof PyFloat ? v.v : Number(intValue(v));
        if (!(f > 0)) throw ValueError('switch interval must be strictly positive');
        interp.switchInterval = f;
        return None;
      }],
      exc_info: ['', () => {
        const e = handledExc(current);
        return e ? tuple([typeOf(e), e, e.traceback ?? None]) : tuple([None, None, None]);
      }],
      exception: ['', () => handledExc(current) ?? None],
      getdefaultencoding: ['', () => 'utf-8'],
      getfilesystemencoding: ['', () => 'utf-8'],
      getfilesystemencodeerrors: ['', () => 'surrogateescape'],
      intern: ['string, /', (s: Py) => {
        if (typeof s !== 'string') throw TypeError(`intern() argument must be str, not ${typeName(s)}`);
        return s;
      }],
      getsizeof: ['object, default=?', (x: Py) => {
        const f = getattrOpt(x, '__sizeof__');
        return f === MISSING ? 16 : Number(intValue(callSync(f, [])) ?? 16) + 16;
      }],
      getrefcount: ['object, /', () => 2],
      _getframe: ['depth=0, /', (dp: Py) => {
        let f: Py = current.frame;
        while (f && f.kind === 3) f = f.back;
        let n = indexNum(dp);
        while (n-- > 0 && f && f !== None) f = pyBack(f);
        if (!f || f === None) throw ValueError('call stack is not deep enough');
        return f;
      }],
      displayhook: ['object, /', (v: Py) => {
        if (v === None) return None;
        const b = interp.builtinsDict;
        b.setS('_', None);
        const out = d.getS('stdout');
        const text = repr(v) + '\n';
        if (out instanceof PyFile) out.write(text);
        else callSync(getattr(out, 'write'), [text]);
        b.setS('_', v);
        return None;
      }],
      excepthook: ['exctype, value, traceback, /', (_t: Py, v: Py) => {
        if (v instanceof PyBaseException) printException(v);
        else {
          const err = d.getS('stderr');
          callSync(getattr(err, 'write'), [`${pyStr(v)}\n`]);
        }
        return None;
      }],
      get_int_max_str_digits: ['', () => intLimits.maxStrDigits],
      set_int_max_str_digits: ['maxdigits', (n: Py) => {
        const v = Number(intValue(n));
        if (v !== 0 && v < 640) throw ValueError('maxdigits must be 0 or larger than 640');
        intLimits.maxStrDigits = v;
        return None;
      }],
      settrace: ['function, /', () => None],
      setprofile: ['function, /', () => None],
      gettrace: ['', () => None],
      getprofile: ['', () => None],
      audit: ['event, /, *args', () => None],
      addaudithook: ['hook', () => None],
      is_finalizing: ['', () => false],
      call_tracing: ['func, args, /', (f: Py, a: Py) => callSync(f, (a as PyTuple).items)],
      getallocatedblocks: ['', () => 0],
      _clear_type_cache: ['', () => None],
      getdlopenflags: ['', () => 2],
      setdlopenflags: ['flags, /', () => None],
      activate_stack_trampoline: ['backend, /', () => None],
    },
    { module: 'sys' },
  );
  for (const [k, v] of Object.entries(fns)) d.setS(k, v);
  d.setS('__displayhook__', fns.displayhook);
  d.setS('__excepthook__', fns.excepthook);
  return m;
}

void [PyObject, strValue, PyDict];
