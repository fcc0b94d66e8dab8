// Text encodings used by str.encode/bytes.decode and files: utf-8, ascii,
// latin-1, utf-16/32 with CPython's error handlers (strict, ignore, replace,
// backslashreplace, xmlcharrefreplace, surrogateescape, surrogatepass).

import { T } from './base';
import { PyBaseException } from './exceptions';
import { PyBytes } from './bytesutil';
import { LookupError } from './raise';
import { PyDict } from './dict';

/** The canonical name of an encoding, or null when unknown. */
export function normalizeEncoding(name: string): string | null {
  const n = name.toLowerCase().replace(/[-\s]/g, '_');
  switch (n) {
    case 'utf_8':
    case 'utf8':
    case 'u8':
    case 'utf':
    case 'cp65001':
      return 'utf-8';
    case 'utf_8_sig':
      return 'utf-8-sig';
    case 'ascii':
    case 'us_ascii':
    case '646':
      return 'ascii';
    case 'latin_1':
    case 'latin1':
    case 'latin':
    case 'l1':
    case 'iso_8859_1':
    case 'iso8859_1':
    case '8859':
    case 'cp819':
      return 'latin-1';
    case 'utf_16':
    case 'utf16':
      return 'utf-16';
    case 'utf_16_le':
    case 'utf_16le':
      return 'utf-16-le';
    case 'utf_16_be':
    case 'utf_16be':
      return 'utf-16-be';
    case 'utf_32':
    case 'utf32':
      return 'utf-32';
    case 'utf_32_le':
      return 'utf-32-le';
    case 'utf_32_be':
      return 'utf-32-be';
    case 'cp1252':
    case 'windows_1252':
      return 'cp1252';
  }
  return null;
}

function unicodeError(kind: 'UnicodeEncodeError' | 'UnicodeDecodeError', enc: string, obj: unknown, start: number, end: number, reason: string): PyBaseException {
  const e = new PyBaseException(T[kind]);
  e.args = [enc, obj, start, end, reason];
  e.dict = new PyDict();
  e.dict.setS('encoding', enc);
  e.dict.setS('object', obj);
  e.dict.setS('start', start);
  e.dict.setS('end', end);
  e.dict.setS('reason', reason);
  return e;
}

function pushUtf8(out: number[], cp: number): void {
  if (cp < 0x80) out.push(cp);
  else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
  else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
}

/** str -> bytes */
export function encode(s: string, encoding: string, errors: string): Uint8Array {
  const enc = normalizeEncoding(encoding);
  if (!enc) throw LookupError(`unknown encoding: ${encoding}`);
  if (enc === 'utf-8' || enc === 'utf-8-sig') {
    // fast path: no lone surrogates
    if (!/[\ud800-\udfff]/.test(s) || /^(?:[^\ud800-\udfff]|[\ud800-\udbff][\udc00-\udfff])*$/.test(s)) {
      const b = Buffer.from(s, 'utf8');
      if (enc === 'utf-8-sig') return Uint8Array.from([0xef, 0xbb, 0xbf, ...b]);
      return new Uint8Array(b.buffer, b.byteOffset, b.length);
    }
  }
  const out: number[] = [];
  if (enc === 'utf-8-sig') out.push(0xef, 0xbb, 0xbf);
  const cps = Array.from(s);
  const limit = enc === 'ascii' ? 0x80 : enc === 'latin-1' ? 0x100 : Infinity;
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i].codePointAt(0)!;
    const surrogate = cp >= 0xd800 && cp <= 0xdfff;
    if (cp < limit && !(surrogate && enc.startsWith('utf'))) {
      if (enc === 'utf-8' || enc === 'utf-8-sig') pushUtf8(out, cp);
      else if (enc.startsWith('utf-16')) {
        const le = enc !== 'utf-16-be';
        if (enc === 'utf-16' && out.length === 0) out.push(0xff, 0xfe);
        const units = cp > 0xffff ? [0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff)] : [cp];
        for (const u of units) le ? out.push(u & 0xff, u >> 8) : out.push(u >> 8, u & 0xff);
      } else if (enc.startsWith('utf-32')) {
        const le = enc !== 'utf-32-be';
        if (enc === 'utf-32' && out.length === 0) out.push(0xff, 0xfe, 0, 0);
        const b = [cp & 0xff, (cp >> 8) & 0xff, (cp >> 16) & 0xff, cp >>> 24];
        out.push(...(le ? b : b.reverse()));
      } else out.push(cp);
      continue;
    }
    switch (errors) {
      case 'ignore':
        break;
      case 'replace':
        out.push(0x3f);
        break;
      case 'surrogateescape':
        if (cp >= 0xdc80 && cp <= 0xdcff) {
          out.push(cp - 0xdc00);
          break;
        }
        throw unicodeError('UnicodeEncodeError', enc, s, i, i + 1, surrogate ? 'surrogates not allowed' : `ordinal not in range(${limit})`);
      case 'surrogatepass':
        if (surrogate && enc === 'utf-8') {
          out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
          break;
        }
        throw unicodeError('UnicodeEncodeError', enc, s, i, i + 1, `ordinal not in range(${limit})`);
      case 'backslashreplace': {
        const hex = cp <= 0xff ? '\\x' + cp.toString(16).padStart(2, '0') : cp <= 0xffff ? '\\u' + cp.toString(16).padStart(4, '0') : '\\U' + cp.toString(16).padStart(8, '0');
        for (const c of hex) out.push(c.charCodeAt(0));
        break;
      }
      case 'xmlcharrefreplace':
        for (const c of `&#${cp};`) out.push(c.charCodeAt(0));
        break;
      default: {
        let j = i + 1;
        while (j < cps.length && cps[j].codePointAt(0)! >= limit) j++;
        const reason = surrogate && enc.startsWith('utf') ? 'surrogates not allowed' : `ordinal not in range(${limit})`;
        throw unicodeError('UnicodeEncodeError', enc === 'latin-1' ? 'latin-1' : enc, s, i, enc === 'utf-8' ? i + 1 : j, reason);
      }
    }
  }
  return Uint8Array.from(out);
}

const CP1252: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021, 0x88: 0x2c6,
  0x89: 0x2030, 0x8a: 0x160, 0x8b: 0x2039, 0x8c: 0x152, 0x8e: 0x17d, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c,
  0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x2dc, 0x99: 0x2122, 0x9a: 0x161, 0x9b: 0x203a,
  0x9c: 0x153, 0x9e: 0x17e, 0x9f: 0x178,
};

/** bytes -> str */
export function decode(b: Uint8Array, encoding: string, errors: string): string {
  const enc = normalizeEncoding(encoding);
  if (!enc) throw LookupError(`unknown encoding: ${encoding}`);
  switch (enc) {
    case 'latin-1':
      return Buffer.from(b).toString('latin1');
    case 'cp1252': {
      let s = '';
      for (const x of b) s += String.fromCharCode(CP1252[x] ?? x);
      return s;
    }
    case 'ascii': {
      let s = '';
      for (let i = 0; i < b.length; i++) {
        const x = b[i];
        if (x < 0x80) s += String.fromCharCode(x);
        else s += decodeError(enc, b, i, i + 1, 'ordinal not in range(128)', errors);
      }
      return s;
    }
    case 'utf-8':
    case 'utf-8-sig':
      return decodeUtf8(enc === 'utf-8-sig' && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? b.subarray(3) : b, errors);
    default: {
      const wide = enc.startsWith('utf-32');
      let le = !enc.endsWith('be');
      let start = 0;
      if (enc === 'utf-16' && b.length >= 2) {
        if (b[0] === 0xff && b[1] === 0xfe) start = 2;
        else if (b[0] === 0xfe && b[1] === 0xff) {
          le = false;
          start = 2;
        }
      }
      if (enc === 'utf-32' && b.length >= 4 && b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) start = 4;
      let s = '';
      const step = wide ? 4 : 2;
      for (let i = start; i < b.length; i += step) {
        if (i + step > b.length) {
          s += decodeError(enc, b, i, b.length, 'truncated data', errors);
          break;
        }
        let v = 0;
        for (let k = 0; k < step; k++) v |= b[i + (le ? k : step - 1 - k)] << (8 * k);
        s += wide ? String.fromCodePoint(v >>> 0) : String.fromCharCode(v);
      }
      return s;
    }
  }
}

function decodeError(enc: string, b: Uint8Array, start: number, end: number, reason: string, errors: string): string {
  switch (errors) {
    case 'ignore':
      return '';
    case 'replace':
      return '\ufffd';
    case 'surrogateescape': {
      let s = '';
      for (let i = start; i < end; i++) s += String.fromCharCode(0xdc00 + b[i]);
      return s;
    }
    case 'backslashreplace': {
      let s = '';
      for (let i = start; i < end; i++) s += '\\x' + b[i].toString(16).padStart(2, '0');
      return s;
    }
  }
  throw unicodeError('UnicodeDecodeError', enc, new PyBytes(Uint8Array.from(b)), start, end, reason);
}

function decodeUtf8(b: Uint8Array, errors: string): string {
  // fast path: valid UTF-8 round-trips through Buffer
  const s = Buffer.from(b.buffer, b.byteOffset, b.length).toString('utf8');
  if (!s.includes('\ufffd') || validUtf8(b)) return s;
  let out = '';
  let i = 0;
  const n = b.length;
  while (i < n) {
    const x = b[i];
    let need = 0, cp = 0, min = 0;
    if (x < 0x80) {
      out += String.fromCharCode(x);
      i++;
      continue;
    } else if (x >= 0xc2 && x <= 0xdf) {
      need = 1;
      cp = x & 0x1f;
      min = 0x80;
    } else if (x >= 0xe0 && x <= 0xef) {
      need = 2;
      cp = x & 0x0f;
      min = 0x800;
    } else if (x >= 0xf0 && x <= 0xf4) {
      need = 3;
      cp = x & 0x07;
      min = 0x10000;
    } else {
      out += decodeError('utf-8', b, i, i + 1, 'invalid start byte', errors);
      i++;
      continue;
    }
    let j = 1;
    for (; j <= need; j++) {
      const y = b[i + j];
      if (y === undefined || (y & 0xc0) !== 0x80) break;
      cp = (cp << 6) | (y & 0x3f);
    }
    if (j <= need) {
      const reason = i + j >= n ? 'unexpected end of data' : 'invalid continuation byte';
      out += decodeError('utf-8', b, i, i + j, reason, errors);
      i += j;
      continue;
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      if (cp >= 0xd800 && cp <= 0xdfff && errors === 'surrogatepass') {
        out += String.fromCharCode(cp);
        i += need + 1;
        continue;
      }
      out += decodeError('utf-8', b, i, i + 1, 'invalid continuation byte', errors);
      i++;
      continue;
    }
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}

function validUtf8(b: Uint8Array): boolean {
  // a literal U+FFFD in the input is fine
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
}
