// Formatting uncaught exceptions as CPython 3.11 prints them.

import { T, None, type Py } from '../objects/base';
import { PyBaseException, PyTraceback } from '../objects/exceptions';
import { str as pyStr, repr as pyRepr } from '../objects/protocol';
import { strValue } from '../objects/strutil';
import * as hostfs from '../host/fs';
import type { Frame } from './frame';

/** The source line n of a frame's file (from the compiled unit, else disk). */
export function sourceLine(f: Frame, n: number): string | null {
  const unit = f.code.unit;
  let src: string | null = unit ? unit.source : null;
  if (src === null || (unit && unit.filename !== f.code.filename)) src = hostfs.readText(f.code.filename);
  if (src === null) return null;
  const lines = src.split(/\r\n|\r|\n/);
  const l = lines[n - 1];
  return l === undefined ? null : l;
}

export function formatTbEntries(tb: PyTraceback | null): string[] {
  const out: string[] = [];
  let last = '';
  let repeat = 0;
  const flushRepeat = () => {
    if (repeat > 3) out.push(`  [Previous line repeated ${repeat - 3} more time${repeat - 3 === 1 ? '' : 's'}]\n`);
  };
  for (let e = tb; e; e = e.next) {
    const f = e.frame;
    const name = f.code.name;
    let entry = `  File "${f.code.filename}", line ${e.lineno}, in ${name}\n`;
    const line = sourceLine(f, e.lineno);
    if (line !== null && line.trim()) {
      // as CPython's own printer: leading blanks go, trailing ones stay
      entry += `    ${line.replace(/^[ \t\f]+/, '').replace(/[\r\n]+$/, '')}\n`;
      const span = e.lasti >= 0 ? f.code.spans[e.lasti] : undefined;
      if (span && span[0] === e.lineno) entry += caretLine(line, span);
    }
    if (entry === last) {
      repeat++;
      if (repeat <= 3) out.push(entry);
      continue;
    }
    flushRepeat();
    last = entry;
    repeat = 1;
    out.push(entry);
  }
  flushRepeat();
  return out;
}

/** CPython 3.11's location line under a traceback entry: `^` under the
 * failing operation, `~`/`^` splitting a binary operator or a subscript;
 * nothing when the operation spans the whole line. */
export function caretLine(line: string, span: number[]): string {
  const [lineno, col, endLine, endColIn, kind, a, b] = span;
  const stripped = line.trim();
  const lead = line.length - line.trimStart().length;
  let endCol = endColIn;
  let anchors: [number, number] | null = null;
  const seg = line.slice(col, endCol);
  if (lineno === endLine) {
    if (kind === 1 && a >= col && b <= endCol) {
      const opStr = line.slice(a, b);
      const opOff = opStr.length - opStr.trimStart().length;
      let left = a - col + opOff;
      let right = left + 1;
      if (opOff + 1 < opStr.length && !/\s/.test(opStr[opOff + 1])) right++;
      while (left < seg.length && (/\s/.test(seg[left]) || seg[left] === ')' || seg[left] === '#')) {
        left++;
        right++;
      }
      anchors = [left, right];
    } else if (kind === 2 && a >= col) {
      let left = a - col;
      let right = b - col + 1;
      while (left < seg.length && seg[left] !== '[') left++;
      while (right < seg.length && seg[right] !== ']') right++;
      if (right < seg.length) right++;
      anchors = [left, right];
    }
  } else endCol = line.trimEnd().length;
  if (!(endCol - col < stripped.length || (anchors && anchors[1] - anchors[0] > 0))) return '';
  let out = '    ' + ' '.repeat(col - lead);
  if (anchors) {
    out += '~'.repeat(anchors[0]) + '^'.repeat(anchors[1] - anchors[0]) + '~'.repeat(endCol - col - anchors[1]);
  } else out += '^'.repeat(endCol - col);
  return out + '\n';
}

/** The last line(s): "Type: message" (and SyntaxError's source/caret). */
export function formatExceptionOnly(e: PyBaseException): string[] {
  const cls = e.cls;
  let name = cls.qualname;
  const mod = cls.moduleName;
  if (mod !== 'builtins' && mod !== '__main__') name = `${mod}.${name}`;
  let msg: string;
  try {
    msg = pyStr(e);
  } catch {
    msg = '<exception str() failed>';
  }
  const out: string[] = [];
  if (cls.isSubtype(T.SyntaxError) && e.dict) {
    const d = e.dict;
    const fn = d.getS('filename'), ln = d.getS('lineno'), text = d.getS('text'), off = d.getS('offset');
    const endOff = d.getS('end_offset'), endLn = d.getS('end_lineno');
    if (fn !== undefined && fn !== None) out.push(`  File "${strValue(fn) ?? pyStr(fn)}", line ${ln}\n`);
    if (typeof text === 'string') {
      const raw = text.replace(/\n$/, '');
      const stripped = raw.replace(/^[ \t\f]+/, '');
      const lead = raw.length - stripped.length;
      out.push(`    ${stripped.replace(/\s+$/, '')}\n`);
      if (typeof off === 'number' && off >= 1) {
        const col = Math.max(0, off - 1 - lead);
        let width = 1;
        if (typeof endOff === 'number' && endOff > off && (endLn === ln || endLn === undefined)) width = endOff - off;
        const caretLine = stripped.replace(/\s+$/, '');
        const c = Math.min(col, caretLine.length);
        out.push(`    ${' '.repeat(c)}${'^'.repeat(Math.max(1, Math.min(width, Math.max(1, caretLine.length - c))))}\n`);
      }
    }
    const m = d.getS('msg');
    msg = m !== undefined ? strValue(m) ?? pyStr(m) : msg;
  }
  out.push(msg ? `${name}: ${msg}\n` : `${name}\n`);
  const notes = e.notes;
  if (notes && notes.items) for (const n of notes.items) out.push(`${strValue(n) ?? pyRepr(n)}\n`);
  return out;
}

/** The whole report, with chained causes/contexts first. */
export function formatException(e: PyBaseException, seen = new Set<PyBaseException>()): string[] {
  seen.add(e);
  const out: string[] = [];
  const cause: Py = e.cause;
  const ctx: Py = e.context;
  if (cause instanceof PyBaseException && !seen.has(cause)) {
    out.push(...formatException(cause, seen));
    out.push('\nThe above exception was the direct cause of the following exception:\n\n');
  } else if (ctx instanceof PyBaseException && !e.suppressContext && !seen.has(ctx)) {
    out.push(...formatException(ctx, seen));
    out.push('\nDuring handling of the above exception, another exception occurred:\n\n');
  }
  if (e.traceback) {
    out.push('Traceback (most recent call last):\n');
    out.push(...formatTbEntries(e.traceback));
  }
  out.push(...formatExceptionOnly(e));
  return out;
}
