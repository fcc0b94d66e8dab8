// Character predicates and case mappings of the regex engine: sre's
// categories (\d \w \s) for Unicode str patterns and for ASCII/bytes
// patterns, and the simple case mappings IGNORECASE compares with.
// Unicode properties come from V8's \p{...} tables, cached per code point
// for the BMP so that matching pays one array load per character.

const RE_DIGIT = /^\p{Nd}$/u;
const RE_WORD = /^[\p{L}\p{N}_]$/u;

// BMP cache: bit 0 = computed, 1 = digit, 2 = word, 3 = space
const BMP = new Uint8Array(0x10000);
const K_DONE = 1, K_DIGIT = 2, K_WORD = 4, K_SPACE = 8;

/** str.isspace() for one code point (bidirectional WS/B/S or Zs). */
function spaceCp(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    (c >= 0x1c && c <= 0x20) ||
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

function classify(c: number): number {
  const s = String.fromCodePoint(c);
  let k = K_DONE;
  if (RE_DIGIT.test(s)) k |= K_DIGIT;
  if (RE_WORD.test(s)) k |= K_WORD;
  if (spaceCp(c)) k |= K_SPACE;
  return k;
}

function kind(c: number): number {
  if (c < 0x10000) {
    let k = BMP[c];
    if (k === 0) BMP[c] = k = classify(c);
    return k;
  }
  return classify(c);
}

for (let c = 0; c < 128; c++) {
  let k = K_DONE;
  if (c >= 48 && c <= 57) k |= K_DIGIT | K_WORD;
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95) k |= K_WORD;
  if (spaceCp(c)) k |= K_SPACE;
  BMP[c] = k;
}

/** \d of a str pattern: a Unicode decimal digit. */
export function uniDigit(c: number): boolean {
  return c < 128 ? c >= 48 && c <= 57 : (kind(c) & K_DIGIT) !== 0;
}
/** \w of a str pattern: str.isalnum() or '_'. */
export function uniWord(c: number): boolean {
  return (kind(c) & K_WORD) !== 0;
}
/** \s of a str pattern: str.isspace(). */
export function uniSpace(c: number): boolean {
  return c < 128 ? (BMP[c] & K_SPACE) !== 0 : spaceCp(c);
}
/** \d with ASCII/bytes semantics. */
export function asciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
/** \w with ASCII/bytes semantics. */
export function asciiWord(c: number): boolean {
  return c < 128 && (BMP[c] & K_WORD) !== 0;
}
/** \s with ASCII/bytes semantics: space, \t \n \v \f \r. */
export function asciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

// The one-to-one case mappings sre uses: where the full mapping expands to
// several characters, CPython's _PyUnicode_ToLowercase/ToUppercase give
// its first character (U+0130 -> 'i', U+00DF -> 'S'); JS gives the full
// mapping, so the first code point of it is taken.
const LOWER = new Int32Array(0x10000).fill(-1);
const UPPER = new Int32Array(0x10000).fill(-1);

function computeLower(c: number): number {
  if (c >= 0xd800 && c < 0xe000) return c;
  return String.fromCodePoint(c).toLowerCase().codePointAt(0)!;
}
function computeUpper(c: number): number {
  if (c >= 0xd800 && c < 0xe000) return c;
  return String.fromCodePoint(c).toUpperCase().codePointAt(0)!;
}

/** sre_lower_unicode: the simple lowercase of a code point. */
export function lowerUni(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  if (c < 0x10000) {
    let l = LOWER[c];
    if (l < 0) LOWER[c] = l = computeLower(c);
    return l;
  }
  return computeLower(c);
}
/** sre_upper_unicode: the simple uppercase of a code point. */
export function upperUni(c: number): number {
  if (c < 128) return c >= 97 && c <= 122 ? c - 32 : c;
  if (c < 0x10000) {
    let u = UPPER[c];
    if (u < 0) UPPER[c] = u = computeUpper(c);
    return u;
  }
  return computeUpper(c);
}
/** ASCII-only lowercase (bytes patterns, re.ASCII). */
export function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}
/** ASCII-only uppercase. */
export function upperAscii(c: number): number {
  return c >= 97 && c <= 122 ? c - 32 : c;
}

/** True if the code point has a different lower or upper case. */
export function uniCased(c: number): boolean {
  return lowerUni(c) !== c || upperUni(c) !== c;
}

// Lowercase letters that share an uppercase with other lowercase letters
// (sre's _casefix): derived from Unicode 14 case data, as groups of
// mutually equivalent code points.
const EXTRA_GROUPS =
  '69 131,73 17f,b5 3bc,345 3b9 1fbe,390 1fd3,3b0 1fe3,3b2 3d0,3b5 3f5,3b8 3d1,3ba 3f0,3c0 3d6,3c1 3f1,' +
  '3c2 3c3,3c6 3d5,432 1c80,434 1c81,43e 1c82,441 1c83,442 1c84 1c85,44a 1c86,463 1c87,1c88 a64b,' +
  '1e61 1e9b,fb05 fb06';
let extraMap: Map<number, number[]> | null = null;

/** Other lowercase code points equivalent to lowercase `c` under
 * IGNORECASE, or undefined. */
export function extraCases(c: number): number[] | undefined {
  if (!extraMap) {
    extraMap = new Map();
    for (const g of EXTRA_GROUPS.split(',')) {
      const cps = g.split(' ').map((h) => parseInt(h, 16));
      for (const a of cps) extraMap.set(a, cps.filter((b) => b !== a));
    }
  }
  return extraMap.get(c);
}
