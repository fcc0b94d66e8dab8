// The objects of the _sre module: re.Pattern, re.Match, the scanner, and
// re.error; pattern compilation with its cache; and the one entry point
// that runs a pattern (so the engine behind it can change in one place).

import { PyObject, T, None, serial, type Py } from '../src/objects/base';
import { PyType, builtinType } from '../src/objects/type';
import { PyDict } from '../src/objects/dict';
import { PyBytes } from '../src/objects/bytesutil';
import { PyBaseException } from '../src/objects/exceptions';
import { strValue, strRepr } from '../src/objects/strutil';
import { exc, TypeError } from '../src/objects/raise';
import { methods } from '../src/objects/typesetup';
import { parse, ReSyntaxError, RePyError, setRepr, F, parseWarnings } from './_sre_parse';
import { current } from '../src/vm/thread';
import { importSync } from '../src/vm/imports';
import { callSync } from '../src/vm/call';
import { getattr } from '../src/objects/attrs';
import { compileProgram, type Program } from './_sre_compile';
import { matchAt, search, result, Mode } from './_sre_vm';
import { type Subj } from './_sre_subject';
import type { Template } from './_sre_template';
import { compileJs, jsMatch, jsSearch, type JsProgram } from './_sre_js';

setRepr(strRepr);

export const types = {} as { Pattern: PyType; Match: PyType; Scanner: PyType; error: PyType };

export class PatternObj extends PyObject {
  /** Lazily built name-by-index table (for lastgroup). */
  names: (string | null)[] | null = null;
  tcache: Map<string, Template> | null = null;
  constructor(
    public source: Py,
    public flags: number,
    public istext: boolean,
    public prog: Program,
    public js: JsProgram | null,
    public groups: number,
    public groupindex: Map<string, number>,
    public gidict: PyDict,
  ) {
    super(types.Pattern);
  }
}

export class MatchObj extends PyObject {
  constructor(
    public pat: PatternObj,
    public subj: Subj,
    public pos: number,
    public endpos: number,
    /** start/end of group 0, 1, ... (-1 when unmatched); a plain array,
     * cheaper to allocate than a typed one */
    public regs: number[],
    public lastindex: number,
  ) {
    super(types.Match);
  }
}

export class ScannerObj extends PyObject {
  /** -1 once exhausted */
  start: number;
  mustAdvance = false;
  constructor(public pat: PatternObj, public subj: Subj, public pos: number, public endpos: number) {
    super(types.Scanner);
    this.start = pos;
  }
}

serial(PatternObj, MatchObj, ScannerObj);

/** Creates the types once (they need the builtin types bootstrapped). */
export function setupTypes(): void {
  if (types.Pattern) return;
  types.Pattern = builtinType('Pattern', T.object, undefined, { module: 're', final: true });
  types.Match = builtinType('Match', T.object, undefined, { module: 're', final: true });
  types.Scanner = builtinType('SRE_Scanner', T.object, undefined, { module: '_sre', final: true });
  // CPython's tp_name of these is "re.Pattern"/"re.Match" (shown in messages)
  types.Pattern.tpName = 're.Pattern';
  types.Match.tpName = 're.Match';
  types.Scanner.tpName = '_sre.SRE_Scanner';
  // Match has __getitem__ but is not a sequence
  types.Match.dict.setS('__iter__', None);
  const err = builtinType('error', T.Exception, undefined, { module: 're' });
  err.hasDict = true;
  err.builtin = false;
  types.error = err;
  methods(err, {
    __init__: ['self, msg, pattern=None, pos=None', (e: PyBaseException, msg: Py, pattern: Py, pos: Py) => {
      initError(e, msg, pattern, pos);
      return None;
    }],
  });
  err.dict.setS('__doc__', 'Exception raised for invalid regular expressions.\n\n    Attributes:\n\n        msg: The unformatted error message\n        pattern: The regular expression pattern\n        pos: The index in the pattern where compilation failed (may be None)\n        lineno: The line corresponding to pos (may be None)\n        colno: The column corresponding to pos (may be None)\n    ');
}

function initError(e: PyBaseException, msg: Py, pattern: Py, pos: Py): void {
  const d = (e.dict ??= new PyDict());
  d.setS('msg', msg);
  d.setS('pattern', pattern);
  d.setS('pos', pos);
  let full = msg;
  if (pattern !== None && pos !== None && typeof pos === 'number') {
    full = `${strValue(msg) ?? msg} at position ${pos}`;
    // count lines over code points (str) or bytes
    const units: number[] = [];
    const s = strValue(pattern);
    if (s !== null) for (const ch of s) units.push(ch.codePointAt(0)!);
    else if (pattern instanceof PyBytes) for (const b of pattern.v) units.push(b);
    let lineno = 1, lastNl = -1, anyNl = false;
    for (let i = 0; i < units.length; i++) {
      if (units[i] !== 10) continue;
      anyNl = true;
      if (i < pos) {
        lineno++;
        lastNl = i;
      }
    }
    d.setS('lineno', lineno);
    d.setS('colno', pos - lastNl);
    if (anyNl) full = `${full} (line ${lineno}, column ${pos - lastNl})`;
  } else {
    d.setS('lineno', None);
    d.setS('colno', None);
  }
  e.args = [full];
}

/** A new re.error for pattern (pos -1: none). */
export function reError(msg: string, pattern: Py, pos: number): PyBaseException {
  const e = new PyBaseException(types.error);
  initError(e, msg, pos < 0 ? None : pattern, pos < 0 ? None : pos);
  return e;
}

/** Converts parser/compiler failures into Python exceptions. */
export function convertError(e: unknown, pattern: Py): unknown {
  if (e instanceof ReSyntaxError) return reError(e.msg, pattern, e.pos);
  if (e instanceof RePyError) return exc(T[e.kind], e.msg);
  return e;
}

/** A str pattern's characters, or a bytes pattern's as latin-1 chars. */
export function patternChars(source: Py): { chars: string[]; istext: boolean } {
  const s = strValue(source);
  if (s !== null) return { chars: Array.from(s), istext: true };
  if (source instanceof PyBytes) return { chars: Array.from(source.v, (b) => String.fromCharCode(b)), istext: false };
  throw TypeError('first argument must be string or compiled pattern');
}

const cache = new Map<string, PatternObj>();
let jsEnabled = true;

/** Turns the V8 RegExp fast path on or off (tests compare the engines). */
export function setJsEnabled(on: boolean): void {
  jsEnabled = on;
  cache.clear();
}
const MAXCACHE = 512;

/** Compiles (or fetches from the cache) a pattern with integer flags. */
export function compilePattern(source: Py, flags: number): PatternObj {
  const s = strValue(source);
  const key = s !== null ? (typeof source === 'string' ? 's' : null) : source instanceof PyBytes && source.cls === T.bytes ? 'b' : null;
  let ck: string | null = null;
  if (key !== null && !(flags & F.DEBUG)) {
    ck = key + flags + ':' + (s ?? latin1Key((source as PyBytes).v));
    const hit = cache.get(ck);
    if (hit) return hit;
  }
  const { chars, istext } = patternChars(source);
  if (flags & F.TEMPLATE) warn('DeprecationWarning', "The re.TEMPLATE/re.T flag is deprecated as it is an undocumented flag without an obvious purpose. Don't use it.", true);
  let p;
  let prog: Program;
  try {
    p = parse(chars, istext, flags);
    prog = compileProgram(p);
  } catch (e) {
    emitParseWarnings();
    throw convertError(e, source);
  }
  emitParseWarnings();
  const gidict = new PyDict();
  for (const [name, gid] of p.groupdict) gidict.setS(name, gid);
  const js = jsEnabled ? compileJs(p, istext, prog) : null;
  const po = new PatternObj(source, p.flags, istext, prog, js, p.groups - 1, p.groupdict, gidict);
  if (ck !== null) {
    if (cache.size >= MAXCACHE) cache.delete(cache.keys().next().value!);
    cache.set(ck, po);
  }
  return po;
}

function emitParseWarnings(): void {
  if (!parseWarnings.length) return;
  const msgs = parseWarnings.slice();
  parseWarnings.length = 0;
  for (const m of msgs) warn('FutureWarning', m);
}

/** warnings.warn(msg, category) attributed to the code that called re
 * (or, like CPython's re._compile, to the re package itself). */
function warn(category: string, msg: string, inRe = false): void {
  const t = current;
  // skip the frames of the re package itself
  let level = 1;
  for (let f = t.frame; f !== null && !inRe; f = f.back) {
    const fn = f.code?.filename ?? '';
    if (f.code && fn && !/[\\/]re[\\/]__init__\.py$/.test(fn)) break;
    if (f.code && fn) level++;
  }
  const warnings = importSync(t, 'warnings');
  callSync(getattr(warnings, 'warn'), [msg, T[category], level]);
}

function latin1Key(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
  return s;
}

/** re.purge(): forgets compiled patterns. */
export function purgeCache(): void {
  cache.clear();
}

export const enum Run {
  MATCH,
  FULL,
  SEARCH,
}

/** Runs pattern `po` on subj[start:end]; on success the spans are in the
 * engine's `result` (read them before running another pattern). */
export function execPattern(po: PatternObj, subj: Subj, start: number, end: number, how: Run, mustAdvance: boolean, spans = true): boolean {
  const js = po.js;
  // (sre still runs match() when pos > endpos: only empty matches fit)
  if (js !== null && subj.str !== null && start <= end) {
    return how === Run.SEARCH ? jsSearch(js, subj, start, end, mustAdvance, spans) : jsMatch(js, subj, start, end, how === Run.FULL, mustAdvance);
  }
  if (how === Run.SEARCH) return search(po.prog, subj, start, end, mustAdvance);
  return matchAt(po.prog, subj, start, end, how === Run.FULL ? Mode.FULL : Mode.MATCH, mustAdvance);
}

/** A Match object for the engine's last result. */
export function makeMatch(po: PatternObj, subj: Subj, pos: number, endpos: number): MatchObj {
  if (result.texts !== null) throw new Error('sre: match made from a texts-only result');
  const n = po.groups;
  if (n === 0) return new MatchObj(po, subj, pos, endpos, [result.start, result.end], -1);
  const regs: number[] = [result.start, result.end];
  const caps = result.caps;
  for (let i = 0; i < 2 * n; i += 2) {
    const a = caps[i], b = caps[i + 1];
    // a group counts as matched only with both marks set in order
    if (a >= 0 && b >= 0 && a <= b) regs.push(a, b);
    else regs.push(-1, -1);
  }
  return new MatchObj(po, subj, pos, endpos, regs, result.lastindex);
}

/** Runs pattern `po` on subj[start:end]; a Match object or null. */
export function runPattern(po: PatternObj, subj: Subj, start: number, end: number, how: Run, mustAdvance: boolean, pos: number, endpos: number): MatchObj | null {
  if (!execPattern(po, subj, start, end, how, mustAdvance)) return null;
  return makeMatch(po, subj, pos, endpos);
}
