// Subjects of matching: Python str/bytes-like objects seen as arrays of
// code points. A str without surrogate pairs is used as is (JS and Python
// indices agree); other strs become an Int32Array of code points; bytes
// become a latin-1 JS string, so the matcher reads every subject with
// charCodeAt or one array load. Conversions are cached for the last
// subject, since scanners call match(s, pos) over and over on one string.

import { type Py } from '../src/objects/base';
import { PyBytes, bytesValue } from '../src/objects/bytesutil';
import { PyMemoryView } from '../src/objects/memoryview';
import { strValue, isFlat } from '../src/objects/strutil';
import { TypeError } from '../src/objects/raise';
import { typeName } from '../src/objects/typeof';
import type { Subject } from './_sre_vm';

export interface Subj extends Subject {
  /** The object given (kept as Match.string). */
  obj: Py;
  istext: boolean;
  /** str subjects: the JS string. */
  text: string;
  /** Non-flat str: UTF-16 offset of each code point (length len+1). */
  offs: Int32Array | null;
  /** bytes-like subjects: the bytes. */
  bytes: Uint8Array | null;
}

/** A str subject without surrogate pairs (one hidden class for all). */
class FlatSubj implements Subj {
  istext = true;
  arr = null;
  offs = null;
  bytes = null;
  str: string;
  len: number;
  constructor(public obj: Py, public text: string) {
    this.str = text;
    this.len = text.length;
  }
}

let lastStr: string | null = null;
let lastStrSubj: Subj | null = null;
let lastBytes: Uint8Array | null = null;
let lastLatin1 = '';

/** The latin-1 image of bytes (one JS char per byte). */
export function latin1(b: Uint8Array): string {
  if (b === lastBytes) return lastLatin1;
  let s = '';
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode.apply(null, b.subarray(i, i + 8192) as unknown as number[]);
  return s;
}

let lastFlat: string | null = null;

function strSubj(obj: Py, s: string): Subj {
  if (s.length < 2) return new FlatSubj(obj, s);
  // scanners call match(s, pos) over and over: check a long s once
  if (s === lastFlat) return new FlatSubj(obj, s);
  if (isFlat(s)) {
    if (s.length > 64) lastFlat = s;
    return new FlatSubj(obj, s);
  }
  if (s === lastStr && lastStrSubj) return { ...lastStrSubj, obj };
  const cps: number[] = [];
  const offs: number[] = [];
  for (let i = 0; i < s.length; i++) {
    offs.push(i);
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cps.push(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
        i++;
        continue;
      }
    }
    cps.push(c);
  }
  offs.push(s.length);
  const r: Subj = { obj, istext: true, text: s, str: null, arr: Int32Array.from(cps), len: cps.length, offs: Int32Array.from(offs), bytes: null };
  lastStr = s;
  lastStrSubj = r;
  return r;
}

/** The bytes of a bytes-like object, or null. */
export function bufferOf(x: Py): Uint8Array | null {
  const b = bytesValue(x);
  if (b) return b;
  if (x instanceof PyMemoryView) return x.bytes();
  return null;
}

/** Prepares `obj` for a pattern of the given kind (TypeErrors as sre). */
export function subject(obj: Py, patternIsText: boolean): Subj {
  const s = strValue(obj);
  if (s !== null) {
    if (!patternIsText) throw TypeError('cannot use a bytes pattern on a string-like object');
    return strSubj(obj, s);
  }
  const b = bufferOf(obj);
  if (b === null) throw TypeError(`expected string or bytes-like object, got '${typeName(obj)}'`);
  if (patternIsText) throw TypeError('cannot use a string pattern on a bytes-like object');
  let img: string;
  if (obj instanceof PyBytes) {
    img = latin1(b);
    lastBytes = b;
    lastLatin1 = img;
  } else img = latin1(b);
  return { obj, istext: false, text: '', str: img, arr: null, len: b.length, offs: null, bytes: b };
}

/** subject[a:b] as a str or bytes. */
export function slice(s: Subj, a: number, b: number): Py {
  if (s.istext) {
    if (s.offs === null) return s.text.slice(a, b);
    return s.text.slice(s.offs[a], s.offs[b]);
  }
  return new PyBytes(s.bytes!.slice(a, b));
}

/** An empty str or bytes like the subject. */
export function empty(s: Subj): Py {
  return s.istext ? '' : new PyBytes(new Uint8Array(0));
}
