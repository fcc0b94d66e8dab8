// Literal values: numbers and the bodies of string and bytes literals.
// https://docs.python.org/3.11/reference/lexical_analysis.html#literals
import type { ConstValue } from './ast';
import { NAME_ALPHABET, NAME_ALIASES, NAME_BLOCKS, NAME_WORDS } from './unicode-names';

/** The value of a Number token (already validated by the tokenizer). */
export function numberValue(image: string): ConstValue {
  let s = image.indexOf('_') >= 0 ? image.replace(/_/g, '') : image;
  const last = s.charCodeAt(s.length - 1) | 32;
  if (last === 106) return { kind: 'complex', imag: parseFloat(s.slice(0, -1)) }; // j
  const x = s.charCodeAt(1) | 32;
  if (s.length > 1 && s[0] === '0' && (x === 120 || x === 111 || x === 98)) {
    if (last === 108) s = s.slice(0, -1); // py2 0x10L
    return { kind: 'int', value: BigInt(s) };
  }
  if (last === 108) s = s.slice(0, -1); // py2 10L
  if (/[.eE]/.test(s)) return { kind: 'float', value: parseFloat(s) };
  if (s.length > 1 && s[0] === '0') {
    // '00' is 0; '0777' is a py2 octal
    return { kind: 'int', value: /^0+$/.test(s) ? 0n : BigInt('0o' + s.slice(1)) };
  }
  if (s.length < 16) return { kind: 'int', value: BigInt(parseInt(s, 10)) };
  return { kind: 'int', value: BigInt(s) };
}

/** A string token split into its parts. */
export interface StringParts {
  prefix: string; // lower-cased
  raw: boolean;
  bytes: boolean;
  fstring: boolean;
  /** The text between the quotes, line ends normalized to '\n'. */
  body: string;
  /** Offset of `body` within the token image (before normalization). */
  bodyStart: number;
  quoteLen: number;
}

export function splitString(image: string): StringParts {
  let i = 0;
  while (image[i] !== '"' && image[i] !== "'") i++;
  const prefix = image.slice(0, i).toLowerCase();
  const q = image[i];
  const quoteLen = image[i + 1] === q && image[i + 2] === q && image.length >= i + 6 ? 3 : 1;
  let body = image.slice(i + quoteLen, image.length - quoteLen);
  if (body.indexOf('\r') >= 0) body = body.replace(/\r\n?/g, '\n');
  return {
    prefix,
    raw: prefix.includes('r'),
    bytes: prefix.includes('b'),
    fstring: prefix.includes('f'),
    body,
    bodyStart: i + quoteLen,
    quoteLen,
  };
}

/** An escape error, with CPython's message (position is added by the caller). */
export class EscapeError extends Error {}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\n': '', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

/** CPython decodes a str body by first turning each non-ASCII character into
 * a 10-byte \U escape; error positions count bytes of that form. */
function escapePos(body: string, i: number): number {
  let n = 0;
  for (let k = 0; k < i; k++) {
    const c = body.charCodeAt(k);
    if (c < 128) n++;
    else if (c >= 0xd800 && c < 0xdc00) { n += 10; k++; } else n += 10;
  }
  return n;
}

/** Decodes backslash escapes of a non-raw str body. */
export function decodeStr(body: string): string {
  if (body.indexOf('\\') < 0) return body;
  let out = '';
  let i = 0;
  const n = body.length;
  while (i < n) {
    const j = body.indexOf('\\', i);
    if (j < 0) { out += body.slice(i); break; }
    out += body.slice(i, j);
    const c = body[j + 1];
    if (c === undefined) { out += '\\'; break; }
    const simple = SIMPLE_ESCAPES[c];
    if (simple !== undefined) { out += simple; i = j + 2; continue; }
    const uerr = (k: number, what: string) =>
      new EscapeError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${escapePos(body, j)}-${escapePos(body, k) - 1}: ${what}`);
    if (c >= '0' && c <= '7') {
      let k = j + 1;
      let v = 0;
      while (k < j + 4 && body[k] >= '0' && body[k] <= '7') v = v * 8 + (body.charCodeAt(k++) - 48);
      out += String.fromCharCode(v);
      i = k;
      continue;
    }
    if (c === 'x' || c === 'u' || c === 'U') {
      const len = c === 'x' ? 2 : c === 'u' ? 4 : 8;
      let k = j + 2;
      while (k < j + 2 + len && /[0-9a-fA-F]/.test(body[k] ?? '')) k++;
      if (k < j + 2 + len) {
        throw uerr(k, c === 'x' ? 'truncated \\xXX escape' : c === 'u' ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape');
      }
      const cp = parseInt(body.slice(j + 2, k), 16);
      if (cp > 0x10ffff) throw uerr(k, 'illegal Unicode character');
      out += String.fromCodePoint(cp);
      i = k;
      continue;
    }
    if (c === 'N') {
      const close = body[j + 2] === '{' ? body.indexOf('}', j + 3) : -1;
      if (close < 0 || close === j + 3) {
        const k = body[j + 2] === '{' ? n : j + 2;
        throw uerr(k, 'malformed \\N character escape');
      }
      const cp = lookupName(body.slice(j + 3, close));
      if (cp === undefined) throw uerr(close + 1, 'unknown Unicode character name');
      out += String.fromCodePoint(cp);
      i = close + 1;
      continue;
    }
    out += '\\' + c; // unknown escapes stay (CPython warns)
    i = j + 2;
  }
  return out;
}

/** Decodes a bytes body (escapes unless raw); throws EscapeError. */
export function decodeBytes(body: string, raw: boolean): Uint8Array {
  const out: number[] = [];
  const n = body.length;
  for (let i = 0; i < n; i++) {
    const ch = body.charCodeAt(i);
    if (ch >= 128) throw new EscapeError('bytes can only contain ASCII literal characters');
    if (ch !== 92 || raw) { out.push(ch); continue; }
    const c = body[i + 1];
    if (c === undefined) { out.push(92); break; }
    const simple = SIMPLE_ESCAPES[c];
    if (simple !== undefined) {
      if (simple) out.push(simple.charCodeAt(0));
      i++;
      continue;
    }
    if (c >= '0' && c <= '7') {
      let k = i + 1;
      let v = 0;
      while (k < i + 4 && body[k] >= '0' && body[k] <= '7') v = v * 8 + (body.charCodeAt(k++) - 48);
      out.push(v & 0xff);
      i = k - 1;
      continue;
    }
    if (c === 'x') {
      const h = body.slice(i + 2, i + 4);
      if (!/^[0-9a-fA-F]{2}$/.test(h)) throw new EscapeError(`(value error) invalid \\x escape at position ${i}`);
      out.push(parseInt(h, 16));
      i += 3;
      continue;
    }
    out.push(92, c.charCodeAt(0)); // unknown escapes stay
    i++;
  }
  return Uint8Array.from(out);
}

let nameTable: Map<string, number> | undefined;

/** The code point named `name` (case-insensitive), as `\N{name}` finds it;
 * undefined when the name is not in our subset of the Unicode name table. */
export function lookupName(name: string): number | undefined {
  const key = name.toUpperCase();
  const cjk = /^CJK UNIFIED IDEOGRAPH-([0-9A-F]{4,5})$/.exec(key);
  if (cjk) return parseInt(cjk[1], 16);
  if (!nameTable) nameTable = buildNameTable();
  return nameTable.get(key);
}

function buildNameTable(): Map<string, number> {
  const table = new Map<string, number>();
  const words = NAME_WORDS.split(' ');
  const rank = new Map<string, number>();
  for (let i = 0; i < NAME_ALPHABET.length; i++) rank.set(NAME_ALPHABET[i], i);
  const N = NAME_ALPHABET.length;
  for (const line of NAME_BLOCKS) {
    const colon = line.indexOf(':');
    let cp = parseInt(line.slice(0, colon), 16);
    for (const enc of line.slice(colon + 1).split('|')) {
      if (enc) {
        const parts: string[] = [];
        for (let i = 0; i < enc.length; i++) {
          const r = rank.get(enc[i])!;
          parts.push(r < 60 ? words[r] : words[60 + (r - 60) * N + rank.get(enc[++i])!]);
        }
        table.set(parts.join(' '), cp);
      }
      cp++;
    }
  }
  for (const a of NAME_ALIASES.split(';')) {
    const eq = a.indexOf('=');
    table.set(a.slice(0, eq), parseInt(a.slice(eq + 1), 16));
  }
  return table;
}
