// Searching, counting, splitting and replacing with Python's semantics
// (start/end clipping, empty separators, maxsplit), on JS strings indexed by
// UTF-16 unit. str uses them directly for strings without surrogate pairs
// (and converts indices otherwise); bytes uses them on latin-1 strings.

/** CPython's ADJUST_INDICES: slice-like clipping of start/end to [0, len]. */
export function adjust(len: number, start: number, end: number): [number, number] {
  if (end > len) end = len;
  else if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
  return [start, end];
}

/** s.find(sub, start, end) / rfind. */
export function findIn(s: string, sub: string, start: number, end: number, rev: boolean): number {
  [start, end] = adjust(s.length, start, end);
  if (start > s.length || end - start < sub.length) return -1;
  if (rev) {
    const i = s.lastIndexOf(sub, end - sub.length);
    return i >= start ? i : -1;
  }
  const i = s.indexOf(sub, start);
  return i >= 0 && i + sub.length <= end ? i : -1;
}

/** s.count(sub, start, end): non-overlapping occurrences. */
export function countIn(s: string, sub: string, start: number, end: number, max = Infinity): number {
  [start, end] = adjust(s.length, start, end);
  if (start > s.length || end < start) return 0;
  if (sub.length === 0) return Math.min(end - start + 1, max);
  let n = 0;
  let i = start;
  while (n < max) {
    i = s.indexOf(sub, i);
    if (i < 0 || i + sub.length > end) break;
    n++;
    i += sub.length;
  }
  return n;
}

/** s.startswith(p, start, end) / endswith for one candidate. */
export function tailMatch(s: string, p: string, start: number, end: number, atEnd: boolean): boolean {
  [start, end] = adjust(s.length, start, end);
  end -= p.length;
  if (end < start) return false;
  if (p.length === 0) return true;
  return atEnd ? s.startsWith(p, end) : s.startsWith(p, start);
}

/** s.split(sep, maxsplit) for a non-empty separator. */
export function splitSep(s: string, sep: string, max: number): string[] {
  if (max < 0) return s.split(sep);
  const out: string[] = [];
  let i = 0;
  while (max > 0) {
    const j = s.indexOf(sep, i);
    if (j < 0) break;
    out.push(s.slice(i, j));
    i = j + sep.length;
    max--;
  }
  out.push(s.slice(i));
  return out;
}

/** s.rsplit(sep, maxsplit) for a non-empty separator. */
export function rsplitSep(s: string, sep: string, max: number): string[] {
  if (max < 0) return s.split(sep);
  const out: string[] = [];
  let end = s.length;
  while (max > 0 && end >= sep.length) {
    const j = s.lastIndexOf(sep, end - sep.length);
    if (j < 0) break;
    out.push(s.slice(j + sep.length, end));
    end = j;
    max--;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}

/** Whitespace split (sep=None) with a per-unit whitespace test. */
export function splitWs(s: string, max: number, isWs: (c: number) => boolean): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  for (;;) {
    while (i < n && isWs(s.charCodeAt(i))) i++;
    if (i >= n) break;
    if (max === 0) {
      // the rest, trailing whitespace included
      out.push(s.slice(i));
      break;
    }
    let j = i + 1;
    while (j < n && !isWs(s.charCodeAt(j))) j++;
    out.push(s.slice(i, j));
    if (max > 0) max--;
    i = j;
  }
  return out;
}

/** Whitespace rsplit (sep=None). */
export function rsplitWs(s: string, max: number, isWs: (c: number) => boolean): string[] {
  const out: string[] = [];
  let j = s.length;
  for (;;) {
    while (j > 0 && isWs(s.charCodeAt(j - 1))) j--;
    if (j <= 0) break;
    if (max === 0) {
      out.push(s.slice(0, j));
      break;
    }
    let i = j - 1;
    while (i > 0 && !isWs(s.charCodeAt(i - 1))) i--;
    out.push(s.slice(i, j));
    if (max > 0) max--;
    j = i;
  }
  return out.reverse();
}

/** s.replace(old, new, count) on units (old non-empty, or s flat). */
export function replaceIn(s: string, old: string, nw: string, count: number): string {
  if (count < 0) {
    if (old.length === 0) {
      if (s.length === 0) return nw;
      let out = nw;
      for (let i = 0; i < s.length; i++) out += s[i] + nw;
      return out;
    }
    return s.split(old).join(nw);
  }
  if (count === 0) return s;
  if (old.length === 0) {
    let out = '';
    let i = 0;
    for (; i < s.length && count > 0; i++, count--) out += nw + s[i];
    if (count > 0 && i === s.length) out += nw;
    return out + s.slice(i);
  }
  let out = '';
  let i = 0;
  while (count > 0) {
    const j = s.indexOf(old, i);
    if (j < 0) break;
    out += s.slice(i, j) + nw;
    i = j + old.length;
    count--;
  }
  return out + s.slice(i);
}

/** expandtabs with a column counter reset by \n and \r. */
export function expandTabs(s: string, tabsize: number): string {
  if (s.indexOf('\t') < 0) return s;
  let out = '';
  let col = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\t') {
      if (tabsize > 0) {
        const k = tabsize - (col % tabsize);
        out += ' '.repeat(k);
        col += k;
      }
    } else {
      out += c;
      col = c === '\n' || c === '\r' ? 0 : col + 1;
    }
  }
  return out;
}

/** Padding for center(): CPython puts the odd extra space on the right
 * unless both the padding and the width are odd. */
export function centerLeft(total: number, width: number): number {
  return (total >> 1) + (total & width & 1);
}
