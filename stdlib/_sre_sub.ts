// Pattern.sub/subn/split/findall and template expansion. A callable
// replacement is called through the VM's own call path: when it is Python
// code the loop parks its state in a native continuation frame and resumes
// when the call returns, so replacement functions may block or switch
// threads like any other Python code.

import { SUSPEND, None, MISSING, type Py } from '../src/objects/base';
import { PyTuple } from '../src/objects/tuple';
import { PyList } from '../src/objects/list';
import { PyBytes } from '../src/objects/bytesutil';
import { strValue } from '../src/objects/strutil';
import { TypeError } from '../src/objects/raise';
import { typeName, typeOf } from '../src/objects/typeof';
import { NativeFrame } from '../src/vm/frame';
import { type Thread } from '../src/vm/thread';
import { callV } from '../src/vm/call';
import { under } from '../src/objects/itermethods';
import { ReSyntaxError } from './_sre_parse';
import { parseTemplate, type Template } from './_sre_template';
import { MatchObj, PatternObj, execPattern, makeMatch, Run, reError } from './_sre_objects';
import { result } from './_sre_vm';
import { type Subj, bufferOf, latin1, slice } from './_sre_subject';
import { serial } from '../src/objects/base';

/** subj[a:b] as a JS string: the text, or the latin-1 image of bytes. */
function raw(s: Subj, a: number, b: number): string {
  if (s.istext) return s.offs === null ? s.text.slice(a, b) : s.text.slice(s.offs[a], s.offs[b]);
  return s.str!.slice(a, b);
}

/** A JS latin-1 image back to bytes. */
export function fromLatin1(s: string): PyBytes {
  const u = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) u[i] = s.charCodeAt(i);
  return new PyBytes(u);
}

/** A template's text (latin-1 image for bytes) and whether it is a str. */
function templateSource(repl: Py): [string, boolean] {
  const s = strValue(repl);
  if (s !== null) return [s, true];
  const b = bufferOf(repl);
  if (b === null) throw TypeError(`decoding to str: need a bytes-like object, ${typeName(repl)} found`);
  return [latin1(b), false];
}

/** The message for inserting a str into bytes or the reverse. */
function mismatch(p: PatternObj, item: number): string {
  return p.istext ? `sequence item ${item}: expected str instance, bytes found` : `sequence item ${item}: expected a bytes-like object, str found`;
}

/** The parsed replacement template `repl` for pattern p (cached). A
 * template of the other string type still parses; using it fails later,
 * when its text is joined with the subject's (as in CPython). */
export function getTemplate(p: PatternObj, repl: Py): Template {
  const [src, istext] = templateSource(repl);
  const key = (istext ? 's' : 'b') + src;
  let t = p.tcache?.get(key);
  if (t) return t;
  try {
    t = parseTemplate(Array.from(src), istext, p.groups, p.groupindex);
  } catch (e) {
    if (e instanceof ReSyntaxError) throw reError(e.msg, repl, e.pos);
    throw e;
  }
  if (istext !== p.istext) t.mismatch = true;
  (p.tcache ??= new Map()).set(key, t);
  if (p.tcache.size > 512) p.tcache.delete(p.tcache.keys().next().value!);
  return t;
}

/** Group g of the engine's last result as a JS string (latin-1 image
 * for bytes), or null when it did not take part. */
function groupRaw(s: Subj, g: number): string | null {
  const texts = result.texts;
  if (texts !== null) {
    const t = texts[g];
    return t === undefined ? null : t;
  }
  if (g === 0) return raw(s, result.start, result.end);
  const caps = result.caps;
  const a = caps[2 * g - 2], b = caps[2 * g - 1];
  return a >= 0 && b >= 0 && a <= b ? raw(s, a, b) : null;
}

function groupValueRaw(s: Subj, g: number): Py {
  const t = groupRaw(s, g);
  if (t === null) return null;
  return s.istext ? t : fromLatin1(t);
}

/** Expands t with the groups of the engine's last result. */
function expandResult(t: Template, s: Subj): string {
  let out = '';
  for (const part of t.parts) {
    if (typeof part === 'string') out += part;
    else out += groupRaw(s, part) ?? '';
  }
  return out;
}

function expandRaw(t: Template, m: MatchObj): string {
  let out = '';
  for (const part of t.parts) {
    if (typeof part === 'string') out += part;
    else {
      const a = m.regs[2 * part], b = m.regs[2 * part + 1];
      if (a >= 0 && b >= 0) out += raw(m.subj, a, b);
    }
  }
  return out;
}

/** Match.expand(template) with a parsed template. */
export function expandTemplate(t: Template, m: MatchObj): Py {
  if (t.mismatch) throw TypeError(mismatch(m.pat, 0));
  const s = expandRaw(t, m);
  return m.subj.istext ? s : fromLatin1(s);
}

/** The sub()/subn() loop; resumable across calls of a Python repl. */
class SubLoop {
  out = '';
  items = 0;
  n = 0;
  last = 0;
  start = 0;
  mustAdvance = false;
  bad: string | null = null;
  wrongType = false;
  constructor(public p: PatternObj, public subj: Subj, public fn: Py, public tpl: Template | null, public lit: string, public count: number, public subn: boolean) {}

  /** Adds the value returned by the repl callable. */
  add(v: Py): void {
    if (v === None) return;
    if (this.p.istext) {
      const s = strValue(v);
      if (s !== null) this.out += s;
      else this.bad ??= `sequence item ${this.items}: expected str instance, ${typeName(v)} found`;
    } else {
      const b = bufferOf(v);
      if (b !== null) this.out += latin1(b);
      else this.bad ??= `sequence item ${this.items}: expected a bytes-like object, ${typeName(v)} found`;
    }
    this.items++;
  }

  run(t: Thread): Py {
    const s = this.subj;
    const p = this.p;
    while (!this.count || this.n < this.count) {
      if (!execPattern(p, s, this.start, s.len, Run.SEARCH, this.mustAdvance, this.fn !== null)) break;
      const b = result.start, e = result.end;
      if (this.last < b) {
        this.out += raw(s, this.last, b);
        this.items++;
      }
      this.last = e;
      this.n++;
      this.mustAdvance = b === e;
      this.start = e;
      if (this.fn !== null) {
        const r = callV(t, this.fn, [makeMatch(p, s, 0, s.len)], null);
        if (r === SUSPEND) return SUSPEND;
        this.add(r);
        continue;
      }
      if (this.wrongType) this.bad ??= mismatch(p, this.items);
      else if (this.tpl !== null) this.out += expandResult(this.tpl, s);
      else this.out += this.lit;
      this.items++;
    }
    return this.finish();
  }

  finish(): Py {
    if (this.bad !== null) throw TypeError(this.bad);
    const s = this.subj;
    if (this.last < s.len) this.out += raw(s, this.last, s.len);
    const v = s.istext ? this.out : fromLatin1(this.out);
    return this.subn ? new PyTuple([v, this.n]) : v;
  }
}

class SubFrame extends NativeFrame {
  constructor(public loop: SubLoop) {
    super(null);
  }
  step(t: Thread): Py {
    if (t.exc) {
      const e = t.exc;
      t.exc = null;
      throw e;
    }
    this.loop.add(t.rv);
    return this.loop.run(t);
  }
}

/** Pattern.sub / Pattern.subn. */
export function sub(t: Thread, p: PatternObj, repl: Py, subj: Subj, count: number, subn: boolean): Py {
  let fn: Py = null, tpl: Template | null = null, lit = '';
  let wrongType = false;
  if (typeOf(repl).lookup('__call__') === MISSING) {
    const [src, istext] = templateSource(repl);
    wrongType = istext !== p.istext;
    if (src.includes('\\')) {
      tpl = getTemplate(p, repl);
      if (tpl.literal) {
        lit = tpl.parts.join('');
        tpl = null;
      }
    } else lit = src;
  } else fn = repl;
  const loop = new SubLoop(p, subj, fn, tpl, lit, count, subn);
  loop.wrongType = wrongType;
  const base = t.frame;
  const r = loop.run(t);
  if (r === SUSPEND) under(t, new SubFrame(loop), base);
  return r;
}

/** Pattern.split. */
export function split(p: PatternObj, s: Subj, maxsplit: number): PyList {
  const out: Py[] = [];
  let last = 0, n = 0, start = 0, mustAdvance = false;
  const ng = p.groups;
  while (!maxsplit || n < maxsplit) {
    if (!execPattern(p, s, start, s.len, Run.SEARCH, mustAdvance, false)) break;
    const b = result.start, e = result.end;
    out.push(slice(s, last, b));
    for (let g = 1; g <= ng; g++) out.push(groupValueRaw(s, g) ?? None);
    n++;
    mustAdvance = b === e;
    last = start = e;
  }
  out.push(slice(s, last, s.len));
  return new PyList(out);
}

/** Pattern.findall over subj[pos:endpos]. */
export function findall(p: PatternObj, s: Subj, pos: number, endpos: number): PyList {
  const out: Py[] = [];
  let start = pos, mustAdvance = false;
  const ng = p.groups;
  const empty: Py = s.istext ? '' : null;
  while (start <= endpos) {
    if (!execPattern(p, s, start, endpos, Run.SEARCH, mustAdvance, false)) break;
    const b = result.start, e = result.end;
    if (ng === 0) out.push(slice(s, b, e));
    else if (ng === 1) out.push(groupValueRaw(s, 1) ?? empty ?? new PyBytes(new Uint8Array(0)));
    else {
      const items: Py[] = [];
      for (let g = 1; g <= ng; g++) items.push(groupValueRaw(s, g) ?? empty ?? new PyBytes(new Uint8Array(0)));
      out.push(new PyTuple(items));
    }
    mustAdvance = b === e;
    start = e;
  }
  return new PyList(out);
}

serial(SubFrame);
