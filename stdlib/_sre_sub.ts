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
import { MatchObj, PatternObj, runPattern, Run, reError } from './_sre_objects';
import { type Subj, bufferOf, latin1, slice } from './_sre_subject';

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
  pieces: string[] = [];
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
      if (s !== null) this.pieces.push(s);
      else {
        this.bad ??= `sequence item ${this.pieces.length}: expected str instance, ${typeName(v)} found`;
        this.pieces.push('');
      }
    } else {
      const b = bufferOf(v);
      if (b !== null) this.pieces.push(latin1(b));
      else {
        this.bad ??= `sequence item ${this.pieces.length}: expected a bytes-like object, ${typeName(v)} found`;
        this.pieces.push('');
      }
    }
  }

  run(t: Thread): Py {
    const s = this.subj;
    while (!this.count || this.n < this.count) {
      const m = runPattern(this.p, s, this.start, s.len, Run.SEARCH, this.mustAdvance, 0, s.len);
      if (m === null) break;
      const b = m.regs[0], e = m.regs[1];
      if (this.last < b) this.pieces.push(raw(s, this.last, b));
      this.last = e;
      this.n++;
      this.mustAdvance = b === e;
      this.start = e;
      if (this.fn !== null) {
        const r = callV(t, this.fn, [m], null);
        if (r === SUSPEND) return SUSPEND;
        this.add(r);
      } else if (this.wrongType) {
        this.bad ??= mismatch(this.p, this.pieces.length);
        this.pieces.push('');
      } else if (this.tpl !== null) this.pieces.push(expandRaw(this.tpl, m));
      else this.pieces.push(this.lit);
    }
    return this.finish();
  }

  finish(): Py {
    if (this.bad !== null) throw TypeError(this.bad);
    const s = this.subj;
    if (this.last < s.len) this.pieces.push(raw(s, this.last, s.len));
    const joined = this.pieces.join('');
    const v = s.istext ? joined : fromLatin1(joined);
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
  const r = loop.run(t);
  if (r === SUSPEND) under(t, new SubFrame(loop));
  return r;
}

/** Pattern.split. */
export function split(p: PatternObj, s: Subj, maxsplit: number): PyList {
  const out: Py[] = [];
  let last = 0, n = 0, start = 0, mustAdvance = false;
  while (!maxsplit || n < maxsplit) {
    const m = runPattern(p, s, start, s.len, Run.SEARCH, mustAdvance, 0, s.len);
    if (m === null) break;
    const b = m.regs[0], e = m.regs[1];
    out.push(slice(s, last, b));
    for (let g = 1; g <= p.groups; g++) {
      const x = m.regs[2 * g], y = m.regs[2 * g + 1];
      out.push(x >= 0 && y >= 0 ? slice(s, x, y) : None);
    }
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
  while (start <= endpos) {
    const m = runPattern(p, s, start, endpos, Run.SEARCH, mustAdvance, pos, endpos);
    if (m === null) break;
    const b = m.regs[0], e = m.regs[1];
    if (ng === 0) out.push(slice(s, b, e));
    else if (ng === 1) out.push(m.regs[2] >= 0 ? slice(s, m.regs[2], m.regs[3]) : s.istext ? '' : new PyBytes(new Uint8Array(0)));
    else {
      const items: Py[] = [];
      for (let g = 1; g <= ng; g++) {
        const x = m.regs[2 * g];
        items.push(x >= 0 ? slice(s, x, m.regs[2 * g + 1]) : s.istext ? '' : new PyBytes(new Uint8Array(0)));
      }
      out.push(new PyTuple(items));
    }
    mustAdvance = b === e;
    start = e;
  }
  return new PyList(out);
}
