// _sre: the regular expression engine under `re` (CPython's Modules/_sre).
// https://docs.python.org/3.11/library/re.html
//
// Engine design. A pattern is parsed once (_sre_parse.ts) and compiled two
// ways: to bytecode for our own backtracking matcher (_sre_compile.ts,
// _sre_vm.ts), which implements every construct of Python's syntax with
// sre's exact semantics (conditionals, atomic groups and possessive
// repeats, \Z, scoped flags, Unicode \w/\b, sre's empty-iteration rule and
// capture retention in loops); and, when the pattern only uses constructs
// whose meaning V8 shares exactly, to a V8 RegExp (_sre_js.ts), which
// irregexp compiles to machine code. The translation is refused whenever a
// difference could show (see that file), so results never depend on the
// engine chosen; the bytecode engine is the reference. Measured on typical
// workloads (tokenizers, findall, sub over 150 KB of text), the V8 path
// runs at 1-10x the speed of CPython's sre and the bytecode engine at about
// 0.5-1x; differential fuzzing against CPython (random patterns and
// subjects, both engines) shows no difference.

import { T, None, NotImplemented, STOP, type Py } from '../src/objects/base';
import { PyTuple } from '../src/objects/tuple';
import { PyBytes } from '../src/objects/bytesutil';
import { methods, classMethods, getsets } from '../src/objects/typesetup';
import { TypeError, ValueError, OverflowError } from '../src/objects/raise';
import { typeName } from '../src/objects/typeof';
import { intValue } from '../src/objects/intutil';
import { strValue } from '../src/objects/strutil';
import { index } from '../src/objects/int';
import { repr } from '../src/objects/protocol';
import { strHash, hashOf } from '../src/objects/protocol';
import { NativeIter } from '../src/objects/iter';
import { PyMappingProxy } from '../src/objects/mappingproxy';
import { PyGenericAlias } from '../src/objects/misc';
import { makeModule } from '../src/vm/nativemod';
import { current } from '../src/vm/thread';
import { importSync } from '../src/vm/imports';
import { callSync } from '../src/vm/call';
import { getattr } from '../src/objects/attrs';
import type { Interpreter } from '../src/vm/interp';
import { lookupName } from '../grammar/literals';
import type { PyModule } from '../src/objects/module';
import { F, MAXREPEAT, MAXGROUPS, setCharNameLookup } from './_sre_parse';
import { lowerUni, lowerAscii, uniCased } from './_sre_chars';
import { PatternObj, ScannerObj, types, setupTypes, compilePattern, purgeCache, runPattern, Run, setJsEnabled } from './_sre_objects';
import { setupMatch } from './_sre_match';
import { subject, type Subj } from './_sre_subject';
import { sub, split, findall } from './_sre_sub';
import { serial } from '../src/objects/base';

function P(x: Py): PatternObj {
  if (x instanceof PatternObj) return x;
  throw TypeError(`descriptor requires a 're.Pattern' object but received a '${typeName(x)}'`);
}

/** A pos/endpos argument clipped to [0, len]. */
function clip(x: Py, len: number): number {
  const v = index(x);
  if (typeof v === 'bigint') {
    if (v > 0x7fffffffffffffffn || v < -0x8000000000000000n) throw OverflowError('Python int too large to convert to C ssize_t');
    return v < 0n ? 0 : len;
  }
  return v < 0 ? 0 : v > len ? len : v;
}

function prepare(p: PatternObj, string: Py, pos: Py, endpos: Py): [Subj, number, number] {
  const s = subject(string, p.istext);
  const a = pos === undefined ? 0 : clip(pos, s.len);
  const b = endpos === undefined ? s.len : clip(endpos, s.len);
  return [s, a, b];
}

function once(p: PatternObj, how: Run, string: Py, pos: Py, endpos: Py): Py {
  const [s, a, b] = prepare(p, string, pos, endpos);
  return runPattern(p, s, a, b, how, false, a, b) ?? None;
}

function patternRepr(p: PatternObj): string {
  let r = repr(p.source);
  if (r.length > 200) r = Array.from(r).slice(0, 200).join('');
  let flags = p.flags;
  if (p.istext && (flags & (F.LOCALE | F.UNICODE | F.ASCII)) === F.UNICODE) flags &= ~F.UNICODE;
  if (!flags) return `re.compile(${r})`;
  const names: [string, number][] = [
    ['re.TEMPLATE', F.TEMPLATE],
    ['re.IGNORECASE', F.IGNORECASE],
    ['re.LOCALE', F.LOCALE],
    ['re.MULTILINE', F.MULTILINE],
    ['re.DOTALL', F.DOTALL],
    ['re.UNICODE', F.UNICODE],
    ['re.VERBOSE', F.VERBOSE],
    ['re.DEBUG', F.DEBUG],
    ['re.ASCII', F.ASCII],
  ];
  const parts: string[] = [];
  for (const [n, v] of names) {
    if (flags & v) {
      parts.push(n);
      flags &= ~v;
    }
  }
  if (flags) parts.push('0x' + flags.toString(16));
  return `re.compile(${r}, ${parts.join('|')})`;
}

/** Scanner.match / Scanner.search. */
function scan(sc: ScannerObj, how: Run): Py {
  if (sc.start < 0) return None;
  const m = runPattern(sc.pat, sc.subj, sc.start, sc.endpos, how, sc.mustAdvance, sc.pos, sc.endpos);
  if (m === null) {
    sc.start = -1;
    return None;
  }
  sc.mustAdvance = m.regs[0] === m.regs[1];
  sc.start = m.regs[1];
  return m;
}

/** finditer's iterator (a callable_iterator over scanner.search). */
class FindIter extends NativeIter {
  constructor(public sc: ScannerObj) {
    super(T.callable_iterator);
  }
  next(): Py {
    const m = scan(this.sc, Run.SEARCH);
    return m === None ? STOP : m;
  }
}

function newScanner(p: PatternObj, string: Py, pos: Py, endpos: Py): ScannerObj {
  const [s, a, b] = prepare(p, string, pos, endpos);
  return new ScannerObj(p, s, a, b);
}

function countArg(x: Py, what: string): number {
  const v = intValue(x);
  if (v === null) throw TypeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
  void what;
  if (typeof v === 'bigint') {
    if (v > 0x7fffffffffffffffn || v < -0x8000000000000000n) throw OverflowError('Python int too large to convert to C ssize_t');
    return v < 0n ? -1 : Number.MAX_SAFE_INTEGER;
  }
  // a negative count allows no substitution, as in sre
  return v;
}

function setupPattern(): void {
  const t = types.Pattern;
  methods(t, {
    match: ['self, /, string, pos=?, endpos=?', (self: Py, s: Py, a: Py, b: Py) => once(P(self), Run.MATCH, s, a, b)],
    fullmatch: ['self, /, string, pos=?, endpos=?', (self: Py, s: Py, a: Py, b: Py) => once(P(self), Run.FULL, s, a, b)],
    search: ['self, /, string, pos=?, endpos=?', (self: Py, s: Py, a: Py, b: Py) => once(P(self), Run.SEARCH, s, a, b)],
    sub: ['self, /, repl, string, count=0', (self: Py, repl: Py, s: Py, count: Py) => {
      const p = P(self);
      return sub(current, p, repl, subject(s, p.istext), countArg(count, 'count'), false);
    }],
    subn: ['self, /, repl, string, count=0', (self: Py, repl: Py, s: Py, count: Py) => {
      const p = P(self);
      return sub(current, p, repl, subject(s, p.istext), countArg(count, 'count'), true);
    }],
    split: ['self, /, string, maxsplit=0', (self: Py, s: Py, maxsplit: Py) => {
      const p = P(self);
      const v = intValue(maxsplit);
      if (v === null) throw TypeError(`'${typeName(maxsplit)}' object cannot be interpreted as an integer`);
      // a negative maxsplit allows no split at all, as in sre
      const n = typeof v === 'bigint' ? (v < 0n ? -1 : Number.MAX_SAFE_INTEGER) : v;
      return split(p, subject(s, p.istext), n);
    }],
    findall: ['self, /, string, pos=?, endpos=?', (self: Py, s: Py, a: Py, b: Py) => {
      const p = P(self);
      const [subj, x, y] = prepare(p, s, a, b);
      return findall(p, subj, x, y);
    }],
    finditer: ['self, /, string, pos=?, endpos=?', (self: Py, s: Py, a: Py, b: Py) => new FindIter(newScanner(P(self), s, a, b))],
    scanner: ['self, /, string, pos=?, endpos=?', (self: Py, s: Py, a: Py, b: Py) => newScanner(P(self), s, a, b)],
    __repr__: ['self, /', (self: Py) => patternRepr(P(self))],
    __eq__: ['self, other, /', (self: Py, o: Py) => {
      const p = P(self);
      if (!(o instanceof PatternObj)) return NotImplemented;
      if (p === o) return true;
      return p.flags === o.flags && p.istext === o.istext && sameSource(p.source, o.source);
    }],
    __ne__: ['self, other, /', (self: Py, o: Py) => {
      const p = P(self);
      if (!(o instanceof PatternObj)) return NotImplemented;
      return !(p === o || (p.flags === o.flags && p.istext === o.istext && sameSource(p.source, o.source)));
    }],
    __hash__: ['self, /', (self: Py) => {
      const p = P(self);
      const s = strValue(p.source);
      return (strHash(s ?? 'b' + Array.from((p.source as PyBytes).v).join(',')) ^ p.flags) | 0;
    }],
    __copy__: ['self, /', (self: Py) => P(self)],
    __deepcopy__: ['self, memo, /', (self: Py) => P(self)],
    __reduce__: ['self, /', (self: Py) => {
      const p = P(self);
      const re = importSync(current, 're');
      return new PyTuple([getattr(re, '_compile'), new PyTuple([p.source, p.flags])]);
    }],
  });
  classMethods(t, {
    __class_getitem__: ['cls, item, /', (cls: Py, item: Py) => new PyGenericAlias(cls, item instanceof PyTuple ? item.items : [item])],
  });
  getsets(t, {
    pattern: [(p: Py) => P(p).source],
    flags: [(p: Py) => P(p).flags],
    groups: [(p: Py) => P(p).groups],
    groupindex: [(p: Py) => new PyMappingProxy(P(p).gidict)],
  });
  const sc = types.Scanner;
  methods(sc, {
    match: ['self, /', (self: ScannerObj) => scan(self, Run.MATCH)],
    search: ['self, /', (self: ScannerObj) => scan(self, Run.SEARCH)],
  });
  getsets(sc, { pattern: [(s: ScannerObj) => s.pat] });
}

function sameSource(a: Py, b: Py): boolean {
  const x = strValue(a), y = strValue(b);
  if (x !== null || y !== null) return x === y;
  const u = (a as PyBytes).v, v = (b as PyBytes).v;
  if (u.length !== v.length) return false;
  for (let i = 0; i < u.length; i++) if (u[i] !== v[i]) return false;
  return true;
}

/** re._compile(pattern, flags): the cached compile with re's checks. */
function reCompile(pattern: Py, flags: Py): PatternObj {
  let f = intValue(flags);
  if (f === null) throw TypeError(`unsupported operand type(s) for &: '${typeName(flags)}' and 'RegexFlag'`);
  if (typeof f === 'bigint') f = Number(BigInt.asIntN(32, f));
  if (pattern instanceof PatternObj) {
    if (f) throw ValueError('cannot process flags argument with a compiled pattern');
    return pattern;
  }
  if (strValue(pattern) === null && !(pattern instanceof PyBytes)) {
    // re._compile looks the pattern up in its cache first
    hashOf(pattern);
    throw TypeError('first argument must be string or compiled pattern');
  }
  return compilePattern(pattern, f);
}

const SPECIAL = new Set(Array.from('()[]{}?*+-|^$\\.&~# \t\n\r\v\f', (c) => c.charCodeAt(0)));

/** re.escape for str (bytes go through latin-1 like CPython). */
function escape(x: Py): Py {
  const s = strValue(x);
  if (s !== null) {
    let out = '';
    let from = 0;
    for (let i = 0; i < s.length; i++) {
      if (SPECIAL.has(s.charCodeAt(i))) {
        out += s.slice(from, i) + '\\';
        from = i;
      }
    }
    return out + s.slice(from);
  }
  if (x instanceof PyBytes || x?.cls === T.bytearray) {
    const b: Uint8Array = x instanceof PyBytes ? x.v : (x as any).view;
    const out: number[] = [];
    for (const c of b) {
      if (SPECIAL.has(c)) out.push(92);
      out.push(c);
    }
    return new PyBytes(Uint8Array.from(out));
  }
  throw TypeError(`decoding to str: need a bytes-like object, ${typeName(x)} found`);
}

/** The _sre module. */
export function init(_interp: Interpreter): PyModule {
  setupTypes();
  setupPattern();
  setupMatch();
  setCharNameLookup((name) => {
    // the compiler's own name table first; unicodedata (when present) for
    // the names it lacks
    const cp = lookupName(name);
    if (cp !== undefined) return cp;
    let ud: Py;
    try {
      ud = importSync(current, 'unicodedata');
    } catch (e) {
      if ((e as any)?.cls?.isSubtype?.(T.ImportError)) return null;
      throw e;
    }
    try {
      const r = callSync(getattr(ud, 'lookup'), [name]);
      const s = strValue(r);
      return s === null || [...s].length !== 1 ? null : s.codePointAt(0)!;
    } catch (e) {
      if ((e as any)?.cls === T.KeyError) return null;
      throw e;
    }
  });
  return makeModule(
    '_sre',
    {
      compile: ['pattern, flags=0', (p: Py, f: Py) => reCompile(p, f)],
      _compile: ['pattern, flags', (p: Py, f: Py) => reCompile(p, f)],
      purge: ['', () => {
        purgeCache();
        return None;
      }],
      escape: ['pattern', (p: Py) => escape(p)],
      getcodesize: ['', () => 4],
      // which engine runs a pattern on str subjects ('js' or 'vm'), for tests
      _engine: ['pattern', (p: Py) => (P(p).js ? 'js' : 'vm')],
      _use_js: ['flag', (f: Py) => {
        setJsEnabled(f === true);
        return None;
      }],
      ascii_iscased: ['character, /', (c: Py) => {
        const v = Number(index(c));
        return v < 128 && /[a-zA-Z]/.test(String.fromCharCode(v));
      }],
      unicode_iscased: ['character, /', (c: Py) => uniCased(Number(index(c)))],
      ascii_tolower: ['character, /', (c: Py) => lowerAscii(Number(index(c)))],
      unicode_tolower: ['character, /', (c: Py) => lowerUni(Number(index(c)))],
    },
    {
      MAGIC: 20220615,
      CODESIZE: 4,
      MAXREPEAT,
      MAXGROUPS,
      copyright: ' SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ',
      error: types.error,
      Pattern: types.Pattern,
      Match: types.Match,
    },
  );
}

serial(FindIter);
