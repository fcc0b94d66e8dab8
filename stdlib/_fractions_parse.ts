// Fraction(str): the literal grammar of CPython 3.11's fractions module
// (https://docs.python.org/3.11/library/fractions.html), scanned by hand:
//
//   [sign] (digits ['/' digits] | [digits] ['.' frac] ['e' [sign] digits])
//
// surrounded by optional whitespace, where digits are Unicode decimal
// digits with single underscores between them, and at least one digit comes
// before any '.' or right after it. In 3.11 the fractional part may also be
// a run of the letter 'd' (its pattern reads `d*` where `\d*` was meant), which
// then fails in int() with int's message; that quirk is reproduced.

import { type Int, add, mul, pow, neg } from './_fractions_int';
import { parseIntLiteral } from '../src/objects/int';
import { isSpaceCp, isDecimalCp } from '../src/objects/unicode';
import { strRepr } from '../src/objects/strutil';
import { ValueError } from '../src/objects/raise';

/** Scanner over the code points of the literal. */
class Scan {
  cps: number[];
  i = 0;
  constructor(s: string) {
    this.cps = Array.from(s, (c) => c.codePointAt(0)!);
  }
  peek(k = 0): number {
    return this.i + k < this.cps.length ? this.cps[this.i + k] : -1;
  }
  isDigit(k = 0): boolean {
    const c = this.peek(k);
    return c >= 0 && (c < 128 ? c >= 48 && c <= 57 : isDecimalCp(c));
  }
  skipSpace(): void {
    while (this.i < this.cps.length && isSpaceCp(this.cps[this.i])) this.i++;
  }
  /** digits ('_' digits)*; '' when none (an underscore not followed by a
   * digit is left unread). */
  digits(): string {
    const start = this.i;
    if (!this.isDigit()) return '';
    while (true) {
      while (this.isDigit()) this.i++;
      if (this.peek() === 95 && this.isDigit(1)) this.i++;
      else break;
    }
    return String.fromCodePoint(...this.cps.slice(start, this.i));
  }
  /** A run of 'd'/'D'. */
  dees(): string {
    const start = this.i;
    while (this.peek() === 100 || this.peek() === 68) this.i++;
    return String.fromCodePoint(...this.cps.slice(start, this.i));
  }
}

/** int(text) for a validated digit string (underscores allowed). */
function toInt(text: string): Int {
  const v = parseIntLiteral(text, 10);
  if (v === null) throw ValueError(`invalid literal for int() with base 10: ${strRepr(text)}`);
  return v;
}

const TEN: Int = 10;

/** The (numerator, denominator) a Fraction literal denotes, not yet in
 * lowest terms (the denominator may be 0). */
export function parseFraction(text: string): [Int, Int] {
  const m = SIMPLE.exec(text);
  if (m !== null) {
    // ASCII 'n', 'n/d' or 'i.f' without underscores or exponent
    const [, sign, a, b, c] = m;
    if (c === undefined) {
      const n = asciiInt(a), d = b === undefined ? 1 : asciiInt(b);
      return [sign === '-' ? neg(n) : n, d];
    }
    if (a.length + c.length <= 4300) {
      const n = asciiInt(a + c);
      return [sign === '-' ? neg(n) : n, pow(TEN, c.length)];
    }
  }
  return parseGeneral(text);
}

const SIMPLE = /^[ \t\n\r\f\v]*([+-]?)([0-9]+)(?:\/([0-9]+)|\.([0-9]+))?[ \t\n\r\f\v]*$/;

function asciiInt(s: string): Int {
  if (s.length <= 15) return Number(s);
  return toInt(s);
}

function parseGeneral(text: string): [Int, Int] {
  const bad = () => ValueError(`Invalid literal for Fraction: ${strRepr(text)}`);
  const sc = new Scan(text);
  sc.skipSpace();
  let negative = false;
  if (sc.peek() === 43 || sc.peek() === 45) {
    negative = sc.peek() === 45;
    sc.i++;
  }
  if (!(sc.isDigit() || (sc.peek() === 46 && sc.isDigit(1)))) throw bad();
  const numText = sc.digits();
  let n: Int = numText ? toInt(numText) : 0;
  let d: Int = 1;
  let denText = '', fracText: string | null = null, expText = '';
  if (sc.peek() === 47) {
    sc.i++;
    denText = sc.digits();
    if (!denText) throw bad();
  } else {
    if (sc.peek() === 46) {
      const save = sc.i;
      sc.i++;
      // the 'd' alternative first, as the regular expression tries it
      const dees = sc.dees();
      if (dees && tailOk(sc)) fracText = dees;
      else {
        sc.i = save + 1;
        fracText = sc.digits();
      }
    }
    if (sc.peek() === 101 || sc.peek() === 69) {
      const save = sc.i;
      sc.i++;
      let sign = '';
      if (sc.peek() === 43 || sc.peek() === 45) {
        sign = String.fromCharCode(sc.peek());
        sc.i++;
      }
      const ds = sc.digits();
      if (ds) expText = sign + ds;
      else sc.i = save;
    }
  }
  sc.skipSpace();
  if (sc.i !== sc.cps.length) throw bad();
  if (denText) d = toInt(denText);
  else {
    if (fracText) {
      const digits = fracText.replace(/_/g, '');
      const scale = pow(TEN, Array.from(digits).length);
      n = mul(n, scale);
      n = add(n, toInt(digits));
      d = scale;
    }
    if (expText) {
      const e = toInt(expText);
      if (e >= 0) n = mul(n, pow(TEN, e));
      else d = mul(d, pow(TEN, neg(e)));
    }
  }
  return [negative ? neg(n) : n, d];
}

/** Whether what follows a 'd' run can end the literal: an exponent, then
 * whitespace to the end. */
function tailOk(sc: Scan): boolean {
  const save = sc.i;
  if (sc.peek() === 101 || sc.peek() === 69) {
    sc.i++;
    if (sc.peek() === 43 || sc.peek() === 45) sc.i++;
    if (!sc.digits()) sc.i = save;
  }
  sc.skipSpace();
  const ok = sc.i === sc.cps.length;
  sc.i = save;
  return ok;
}
