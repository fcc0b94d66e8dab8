// Text encodings for str.encode, bytes.decode and text files: utf-8(-sig),
// utf-16/32 (with or without byte order), ascii, latin-1, the single-byte
// code pages of charmaps.ts, unicode_escape, raw_unicode_escape and idna,
// with CPython's error handlers (strict, ignore, replace, backslashreplace,
// xmlcharrefreplace, surrogateescape, surrogatepass) and error messages.

import { T } from './base';
import { PyBaseException } from './exceptions';
import { PyBytes } from './bytesutil';
import { LookupError } from './raise';
import { PyDict } from './dict';
import { CHARMAPS, CHARMAP_ALIASES } from './charmaps';

const NAMES: Record<string, string> = {
  utf_8: 'utf-8', utf8: 'utf-8', u8: 'utf-8', utf: 'utf-8', cp65001: 'utf-8', utf8_ucs2: 'utf-8', utf8_ucs4: 'utf-8',
  utf_8_sig: 'utf-8-sig',
  ascii: 'ascii', us_ascii: 'ascii', '646': 'ascii', cp367: 'ascii', csascii: 'ascii', ibm367: 'ascii', iso646_us: 'ascii',
  iso_ir_6: 'ascii', us: 'ascii', ansi_x3_4_1968: 'ascii', ansi_x3_4_1986: 'ascii', 'ansi_x3.4_1968': 'ascii',
  latin_1: 'latin-1', latin1: 'latin-1', latin: 'latin-1', l1: 'latin-1', iso_8859_1: 'latin-1', iso8859_1: 'latin-1',
  '8859': 'latin-1', cp819: 'latin-1', iso8859: 'latin-1', csisolatin1: 'latin-1', ibm819: 'latin-1', iso_8859_1_1987: 'latin-1',
  iso_ir_100: 'latin-1',
  utf_16: 'utf-16', utf16: 'utf-16', u16: 'utf-16', utf_16_le: 'utf-16-le', utf_16le: 'utf-16-le', utf_16_be: 'utf-16-be',
  utf_16be: 'utf-16-be', unicodelittleunmarked: 'utf-16-le', unicodebigunmarked: 'utf-16-be',
  utf_32: 'utf-32', utf32: 'utf-32', u32: 'utf-32', utf_32_le: 'utf-32-le', utf_32le: 'utf-32-le', utf_32_be: 'utf-32-be',
  utf_32be: 'utf-32-be',
  unicode_escape: 'unicode-escape', raw_unicode_escape: 'raw-unicode-escape', idna: 'idna',
};

/** Codecs that exist but are not text encodings. */
const BINARY_CODECS = new Set(['hex', 'hex_codec', 'base64', 'base64_codec', 'base_64', 'rot13', 'rot_13', 'zlib', 'zip', 'zlib_codec', 'bz2', 'bz2_codec', 'quopri', 'quotedprintable', 'quoted_printable', 'quopri_codec', 'uu', 'uu_codec']);

/** CPython's encodings.normalize_encoding plus lower-casing. */
function normName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9.]+/g, '_').replace(/^_+|_+$/g, '');
}

/** The canonical name of a text encoding, or null when unknown. */
export function normalizeEncoding(name: string): string | null {
  const n = normName(name);
  const a = NAMES[n] ?? NAMES[n.replace(/\./g, '_')];
  if (a) return a;
  const c = CHARMAP_ALIASES[n] ?? CHARMAP_ALIASES[n.replace(/\./g, '_')];
  if (c) return c;
  if (CHARMAPS[name]) return name;
  return null;
}

function lookup(encoding: string): string {
  const enc = normalizeEncoding(encoding);
  if (enc) return enc;
  if (BINARY_CODECS.has(normName(encoding))) {
    throw LookupError(`'${encoding}' is not a text encoding; use codecs.encode() to handle arbitrary codecs`);
  }
  throw LookupError(`unknown encoding: ${encoding}`);
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

const KNOWN_HANDLERS = new Set(['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape', 'surrogatepass', 'namereplace']);

function checkHandler(errors: string): void {
  if (!KNOWN_HANDLERS.has(errors)) throw LookupError(`unknown error handler name '${errors}'`);
}

function pushUtf8(out: number[], cp: number): void {
  if (cp < 0x80) out.push(cp);
  else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
  else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** A reverse charmap: character -> byte. */
const encodeMaps = new Map<string, Map<number, number>>();
function charmapEncoder(name: string): Map<number, number> {
  let m = encodeMaps.get(name);
  if (!m) {
    m = new Map();
    const t = CHARMAPS[name];
    for (let i = 0; i < 128; i++) m.set(i, i);
    for (let i = 0; i < 128; i++) if (t.charCodeAt(i) !== 0xfffe) m.set(t.charCodeAt(i), 0x80 + i);
    encodeMaps.set(name, m);
  }
  return m;
}

/** str -> bytes */
export function encode(s: string, encoding: string, errors: string): Uint8Array {
  const enc = lookup(encoding);
  if ((enc === 'utf-8' || enc === 'utf-8-sig') && !LONE_SURROGATE.test(s)) {
    const b = Buffer.from(s, 'utf8');
    if (enc === 'utf-8-sig') {
      const r = new Uint8Array(b.length + 3);
      r.set([0xef, 0xbb, 0xbf]);
      r.set(b, 3);
      return r;
    }
    return new Uint8Array(b.buffer, b.byteOffset, b.length);
  }
  if (enc === 'latin-1' && /^[\x00-\xff]*$/.test(s)) {
    const r = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) r[i] = s.charCodeAt(i);
    return r;
  }
  if (enc === 'unicode-escape') return escapeEncode(s, false);
  if (enc === 'raw-unicode-escape') return escapeEncode(s, true);
  if (enc === 'idna') return idnaEncode(s);
  const out: number[] = [];
  const cps = Array.from(s, (c) => c.codePointAt(0)!);
  const utf = enc.startsWith('utf');
  const wide = enc.startsWith('utf-32');
  const le = !enc.endsWith('be');
  if (enc === 'utf-8-sig') out.push(0xef, 0xbb, 0xbf);
  if (enc === 'utf-16') out.push(0xff, 0xfe);
  if (enc === 'utf-32') out.push(0xff, 0xfe, 0, 0);
  const cmap = CHARMAPS[enc] ? charmapEncoder(enc) : null;
  const errName = cmap ? 'charmap' : enc === 'utf-8-sig' ? 'utf-8' : enc;
  const limit = enc === 'ascii' ? 0x80 : enc === 'latin-1' ? 0x100 : Infinity;
  const emit = (cp: number) => {
    if (enc === 'utf-8' || enc === 'utf-8-sig') pushUtf8(out, cp);
    else if (wide) {
      const b = [cp & 0xff, (cp >> 8) & 0xff, (cp >> 16) & 0xff, cp >>> 24];
      out.push(...(le ? b : b.reverse()));
    } else if (utf) {
      const units = cp > 0xffff ? [0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff)] : [cp];
      for (const u of units) if (le) out.push(u & 0xff, u >> 8);
      else out.push(u >> 8, u & 0xff);
    } else if (cmap) out.push(cmap.get(cp)!);
    else out.push(cp);
  };
  const ok = (cp: number) => {
    if (utf) return cp < 0xd800 || cp > 0xdfff;
    if (cmap) return cmap.has(cp);
    return cp < limit;
  };
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i];
    if (ok(cp)) {
      emit(cp);
      continue;
    }
    // the run of unencodable characters reported together
    let j = i + 1;
    if (!cmap) while (j < cps.length && !ok(cps[j])) j++;
    const reason = utf ? 'surrogates not allowed' : cmap ? 'character maps to <undefined>' : `ordinal not in range(${limit})`;
    checkHandler(errors);
    switch (errors) {
      case 'ignore':
        break;
      case 'replace':
        for (let k = i; k < j; k++) emit(0x3f);
        break;
      case 'backslashreplace':
      case 'namereplace':
        for (let k = i; k < j; k++) {
          const c = cps[k];
          const esc = c <= 0xff ? '\\x' + c.toString(16).padStart(2, '0') : c <= 0xffff ? '\\u' + c.toString(16).padStart(4, '0') : '\\U' + c.toString(16).padStart(8, '0');
          for (const ch of esc) emit(ch.charCodeAt(0));
        }
        break;
      case 'xmlcharrefreplace':
        for (let k = i; k < j; k++) for (const ch of `&#${cps[k]};`) emit(ch.charCodeAt(0));
        break;
      case 'surrogateescape':
        if (cps.slice(i, j).every((c) => c >= 0xdc80 && c <= 0xdcff)) {
          for (let k = i; k < j; k++) out.push(cps[k] - 0xdc00);
          break;
        }
        throw unicodeError('UnicodeEncodeError', errName, s, i, j, reason);
      case 'surrogatepass':
        if (utf && cps.slice(i, j).every((c) => c >= 0xd800 && c <= 0xdfff)) {
          for (let k = i; k < j; k++) {
            const c = cps[k];
            if (enc === 'utf-8' || enc === 'utf-8-sig') out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
            else if (wide) {
              const b = [c & 0xff, (c >> 8) & 0xff, 0, 0];
              out.push(...(le ? b : b.reverse()));
            } else if (le) out.push(c & 0xff, c >> 8);
            else out.push(c >> 8, c & 0xff);
          }
          break;
        }
        throw unicodeError('UnicodeEncodeError', errName, s, i, j, reason);
      default:
        throw unicodeError('UnicodeEncodeError', errName, s, i, j, reason);
    }
    i = j - 1;
  }
  return Uint8Array.from(out);
}

/** bytes -> str */
export function decode(b: Uint8Array, encoding: string, errors: string): string {
  const enc = lookup(encoding);
  switch (enc) {
    case 'latin-1':
      return Buffer.from(b.buffer, b.byteOffset, b.length).toString('latin1');
    case 'ascii': {
      let i = 0;
      while (i < b.length && b[i] < 0x80) i++;
      if (i === b.length) return Buffer.from(b.buffer, b.byteOffset, b.length).toString('latin1');
      let s = '';
      for (let k = 0; k < b.length; k++) {
        const x = b[k];
        if (x < 0x80) s += String.fromCharCode(x);
        else s += decodeError('ascii', b, k, k + 1, 'ordinal not in range(128)', errors);
      }
      return s;
    }
    case 'utf-8':
    case 'utf-8-sig':
      return decodeUtf8(enc === 'utf-8-sig' && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? b.subarray(3) : b, errors);
    case 'utf-16':
    case 'utf-16-le':
    case 'utf-16-be':
      return decodeUtf16(b, enc, errors);
    case 'utf-32':
    case 'utf-32-le':
    case 'utf-32-be':
      return decodeUtf32(b, enc, errors);
    case 'unicode-escape':
      return escapeDecode(b, false, errors);
    case 'raw-unicode-escape':
      return escapeDecode(b, true, errors);
    case 'idna':
      return idnaDecode(b);
  }
  const table = CHARMAPS[enc];
  let s = '';
  for (let i = 0; i < b.length; i++) {
    const x = b[i];
    if (x < 0x80) s += String.fromCharCode(x);
    else {
      const c = table.charCodeAt(x - 0x80);
      s += c === 0xfffe ? decodeError('charmap', b, i, i + 1, 'character maps to <undefined>', errors) : String.fromCharCode(c);
    }
  }
  return s;
}

function decodeError(enc: string, b: Uint8Array, start: number, end: number, reason: string, errors: string): string {
  checkHandler(errors);
  switch (errors) {
    case 'ignore':
      return '';
    case 'replace':
      return '\ufffd';
    case 'surrogateescape': {
      let s = '';
      for (let i = start; i < end; i++) {
        if (b[i] < 0x80) throw unicodeError('UnicodeDecodeError', enc, new PyBytes(Uint8Array.from(b)), start, end, reason);
        s += String.fromCharCode(0xdc00 + b[i]);
      }
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
    let need = 0, cp = 0;
    if (x < 0x80) {
      out += String.fromCharCode(x);
      i++;
      continue;
    } else if (x >= 0xc2 && x <= 0xdf) {
      need = 1;
      cp = x & 0x1f;
    } else if (x >= 0xe0 && x <= 0xef) {
      need = 2;
      cp = x & 0x0f;
    } else if (x >= 0xf0 && x <= 0xf4) {
      need = 3;
      cp = x & 0x07;
    } else {
      out += decodeError('utf-8', b, i, i + 1, 'invalid start byte', errors);
      i++;
      continue;
    }
    // the second byte's range excludes overlong forms and surrogates
    let lo = 0x80, hi = 0xbf;
    if (x === 0xe0) lo = 0xa0;
    else if (x === 0xed) hi = 0x9f;
    else if (x === 0xf0) lo = 0x90;
    else if (x === 0xf4) hi = 0x8f;
    let j = 1;
    for (; j <= need; j++) {
      const y = b[i + j];
      if (y === undefined) break;
      if (j === 1 ? y < lo || y > hi : (y & 0xc0) !== 0x80) break;
      cp = (cp << 6) | (y & 0x3f);
    }
    if (j <= need) {
      if (i + j >= n) {
        out += decodeError('utf-8', b, i, n, 'unexpected end of data', errors);
        i = n;
      } else {
        if (errors === 'surrogatepass' && x === 0xed && j === 1 && b[i + 1] >= 0xa0 && b[i + 1] <= 0xbf && i + 2 < n && (b[i + 2] & 0xc0) === 0x80) {
          out += String.fromCharCode(((x & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f));
          i += 3;
          continue;
        }
        out += decodeError('utf-8', b, i, i + j, 'invalid continuation byte', errors);
        i += j;
      }
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

function decodeUtf16(b: Uint8Array, enc: string, errors: string): string {
  let le = enc !== 'utf-16-be';
  let i = 0;
  if (enc === 'utf-16' && b.length >= 2) {
    if (b[0] === 0xff && b[1] === 0xfe) i = 2;
    else if (b[0] === 0xfe && b[1] === 0xff) {
      le = false;
      i = 2;
    }
  }
  const name = le ? 'utf-16-le' : 'utf-16-be';
  const unit = (k: number) => (le ? b[k] | (b[k + 1] << 8) : (b[k] << 8) | b[k + 1]);
  let s = '';
  const n = b.length;
  while (i < n) {
    if (i + 2 > n) {
      s += decodeError(name, b, i, n, 'truncated data', errors);
      break;
    }
    const u = unit(i);
    if (u < 0xd800 || u > 0xdfff) {
      s += String.fromCharCode(u);
      i += 2;
      continue;
    }
    if (u >= 0xdc00) {
      if (errors === 'surrogatepass') s += String.fromCharCode(u);
      else s += decodeError(name, b, i, i + 2, 'illegal encoding', errors);
      i += 2;
      continue;
    }
    if (i + 4 > n) {
      if (errors === 'surrogatepass' && i + 2 === n) {
        s += String.fromCharCode(u);
        break;
      }
      s += decodeError(name, b, i, n, 'unexpected end of data', errors);
      break;
    }
    const v = unit(i + 2);
    if (v < 0xdc00 || v > 0xdfff) {
      if (errors === 'surrogatepass') s += String.fromCharCode(u);
      else s += decodeError(name, b, i, i + 2, 'illegal UTF-16 surrogate', errors);
      i += 2;
      continue;
    }
    s += String.fromCharCode(u, v);
    i += 4;
  }
  return s;
}

function decodeUtf32(b: Uint8Array, enc: string, errors: string): string {
  let le = enc !== 'utf-32-be';
  let i = 0;
  if (enc === 'utf-32' && b.length >= 4) {
    if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) i = 4;
    else if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) {
      le = false;
      i = 4;
    }
  }
  const name = le ? 'utf-32-le' : 'utf-32-be';
  let s = '';
  const n = b.length;
  while (i < n) {
    if (i + 4 > n) {
      s += decodeError(name, b, i, n, 'truncated data', errors);
      break;
    }
    const v = (le ? b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24) : (b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) >>> 0;
    if (v > 0x10ffff) s += decodeError(name, b, i, i + 4, 'code point not in range(0x110000)', errors);
    else if (v >= 0xd800 && v <= 0xdfff && errors !== 'surrogatepass') {
      s += decodeError(name, b, i, i + 4, 'code point in surrogate code point range(0xd800, 0xe000)', errors);
    } else s += String.fromCodePoint(v);
    i += 4;
  }
  return s;
}

// ---- unicode_escape / raw_unicode_escape ------------------------------------------

function escapeEncode(s: string, raw: boolean): Uint8Array {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (raw) {
      if (c < 0x100) out += ch;
      else out += c <= 0xffff ? '\\u' + c.toString(16).padStart(4, '0') : '\\U' + c.toString(16).padStart(8, '0');
      continue;
    }
    if (c === 0x5c) out += '\\\\';
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c >= 0x20 && c < 0x7f) out += ch;
    else if (c < 0x100) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c <= 0xffff) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  const r = new Uint8Array(out.length);
  for (let i = 0; i < out.length; i++) r[i] = out.charCodeAt(i);
  return r;
}

const SIMPLE_ESCAPES: Record<string, string> = { '\n': '', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

function escapeDecode(b: Uint8Array, raw: boolean, errors: string): string {
  const name = raw ? 'rawunicodeescape' : 'unicodeescape';
  let s = '';
  const n = b.length;
  const isHex = (c: number) => (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
  let i = 0;
  while (i < n) {
    const c = b[i];
    if (c !== 0x5c) {
      s += String.fromCharCode(c);
      i++;
      continue;
    }
    const start = i;
    if (raw) {
      // only \u and \U after an odd run of backslashes are escapes
      let k = i;
      while (k < n && b[k] === 0x5c) k++;
      const run = k - i;
      if (run % 2 === 0 || k >= n || (b[k] !== 0x75 && b[k] !== 0x55)) {
        for (let m = i; m < k; m++) s += '\\';
        i = k;
        continue;
      }
      for (let m = 0; m < run - 1; m++) s += '\\';
      i = k - 1;
    }
    if (i + 1 >= n) {
      s += decodeError(name, b, start, n, '\\ at end of string', errors);
      break;
    }
    const e = String.fromCharCode(b[i + 1]);
    if (!raw && e in SIMPLE_ESCAPES) {
      s += SIMPLE_ESCAPES[e];
      i += 2;
      continue;
    }
    if (!raw && e >= '0' && e <= '7') {
      let v = 0, k = i + 1;
      while (k < n && k < i + 4 && b[k] >= 48 && b[k] <= 55) v = v * 8 + (b[k++] - 48);
      s += String.fromCodePoint(v);
      i = k;
      continue;
    }
    const digits = e === 'x' && !raw ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
    if (digits) {
      let k = i + 2;
      while (k < n && k < i + 2 + digits && isHex(b[k])) k++;
      if (k - (i + 2) < digits) {
        s += decodeError(name, b, start, k, `truncated \\${e}${'X'.repeat(digits)} escape`, errors);
        i = k;
        continue;
      }
      const v = parseInt(String.fromCharCode(...b.subarray(i + 2, k)), 16);
      if (v > 0x10ffff) {
        s += decodeError(name, b, start, k, 'illegal Unicode character', errors);
        i = k;
        continue;
      }
      s += String.fromCodePoint(v);
      i = k;
      continue;
    }
    if (!raw && e === 'N') {
      s += decodeError(name, b, start, i + 2, 'unknown Unicode character name', errors);
      i += 2;
      continue;
    }
    // unknown escapes are kept
    s += '\\' + e;
    i += 2;
  }
  return s;
}

// ---- idna (ASCII-compatible encoding of host names) -----------------------------------

const PUNY = { base: 36, tmin: 1, tmax: 26, skew: 38, damp: 700, initialBias: 72, initialN: 128 };

function adapt(delta: number, numPoints: number, first: boolean): number {
  delta = first ? Math.floor(delta / PUNY.damp) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  let k = 0;
  while (delta > ((PUNY.base - PUNY.tmin) * PUNY.tmax) >> 1) {
    delta = Math.floor(delta / (PUNY.base - PUNY.tmin));
    k += PUNY.base;
  }
  return k + Math.floor(((PUNY.base - PUNY.tmin + 1) * delta) / (delta + PUNY.skew));
}

const digitChar = (d: number) => String.fromCharCode(d < 26 ? 97 + d : 22 + d);

function punyEncode(label: string): string {
  const cps = Array.from(label, (c) => c.codePointAt(0)!);
  let out = cps.filter((c) => c < 0x80).map((c) => String.fromCharCode(c)).join('');
  const b = out.length;
  let h = b;
  if (b) out += '-';
  let n = PUNY.initialN, delta = 0, bias = PUNY.initialBias;
  while (h < cps.length) {
    const m = Math.min(...cps.filter((c) => c >= n));
    delta += (m - n) * (h + 1);
    n = m;
    for (const c of cps) {
      if (c < n) delta++;
      if (c === n) {
        let q = delta;
        for (let k = PUNY.base; ; k += PUNY.base) {
          const t = k <= bias ? PUNY.tmin : k >= bias + PUNY.tmax ? PUNY.tmax : k - bias;
          if (q < t) break;
          out += digitChar(t + ((q - t) % (PUNY.base - t)));
          q = Math.floor((q - t) / (PUNY.base - t));
        }
        out += digitChar(q);
        bias = adapt(delta, h + 1, h === b);
        delta = 0;
        h++;
      }
    }
    delta++;
    n++;
  }
  return out;
}

function punyDecode(s: string): string {
  const d = s.lastIndexOf('-');
  const out = d > 0 ? Array.from(s.slice(0, d), (c) => c.codePointAt(0)!) : [];
  let n = PUNY.initialN, i = 0, bias = PUNY.initialBias;
  for (let p = d > 0 ? d + 1 : 0; p < s.length;) {
    const oldi = i;
    let w = 1;
    for (let k = PUNY.base; ; k += PUNY.base) {
      const c = s.charCodeAt(p++);
      const digit = c >= 97 ? c - 97 : c >= 65 ? c - 65 : c - 22;
      i += digit * w;
      const t = k <= bias ? PUNY.tmin : k >= bias + PUNY.tmax ? PUNY.tmax : k - bias;
      if (digit < t) break;
      w *= PUNY.base - t;
    }
    bias = adapt(i - oldi, out.length + 1, oldi === 0);
    n += Math.floor(i / (out.length + 1));
    i %= out.length + 1;
    out.splice(i++, 0, n);
  }
  return String.fromCodePoint(...out);
}

function idnaEncode(s: string): Uint8Array {
  const labels = s.split(/[.\u3002\uff0e\uff61]/);
  const parts = labels.map((l, idx) => {
    if (/^[\x00-\x7f]*$/.test(l)) {
      if ((l.length === 0 && idx !== labels.length - 1) || l.length > 63) {
        throw unicodeError('UnicodeEncodeError', 'idna', s, 0, s.length, 'label empty or too long');
      }
      return l;
    }
    const prepped = l.normalize('NFKC').toLowerCase();
    const r = 'xn--' + punyEncode(prepped);
    if (r.length > 63) throw unicodeError('UnicodeEncodeError', 'idna', s, 0, s.length, 'label too long');
    return r;
  });
  const out = parts.join('.');
  return Uint8Array.from(out, (c) => c.charCodeAt(0));
}

function idnaDecode(b: Uint8Array): string {
  const s = Buffer.from(b).toString('latin1');
  return s
    .split('.')
    .map((l) => (l.toLowerCase().startsWith('xn--') ? punyDecode(l.slice(4)) : l.toLowerCase()))
    .join('.');
}
