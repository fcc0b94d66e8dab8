// Float to decimal string conversion as CPython's PyOS_double_to_string
// does it: correctly rounded, ties to even on the exact binary value.
// The engine's toFixed/toExponential are exact except that they round exact
// ties up; ties are rare and detectable, and only they take the exact
// (BigInt) path.

/** Decimal digits (no leading zeros, possibly trailing ones) and the
 * position of the decimal point: value = 0.DIGITS * 10**decpt. */
export interface Digits {
  digits: string;
  decpt: number;
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** The exact decimal expansion of a finite x > 0 (trailing zeros removed). */
export function exactDecimal(x: number): Digits {
  f64[0] = x;
  const hi = u32[1], lo = u32[0];
  const bexp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (bexp === 0) e = -1074;
  else {
    mant |= 1n << 52n;
    e = bexp - 1075;
  }
  let digits: string, decpt: number;
  if (e >= 0) {
    digits = (mant << BigInt(e)).toString();
    decpt = digits.length;
  } else {
    digits = (mant * 5n ** BigInt(-e)).toString();
    decpt = digits.length + e;
  }
  let end = digits.length;
  while (end > 1 && digits.charCodeAt(end - 1) === 48) end--;
  return { digits: digits.slice(0, end), decpt };
}

/** Rounds exact digits to `keep` leading digits, half to even (keep may
 * be 0 or negative: rounding happens before the first digit). */
function roundHalfEven(d: Digits, keep: number): Digits {
  const { digits, decpt } = d;
  if (keep >= digits.length) return { digits: digits + '0'.repeat(keep - digits.length), decpt };
  if (keep < 0) return { digits: '', decpt: decpt - keep };
  const next = digits.charCodeAt(keep) - 48;
  let up: boolean;
  if (next !== 5) up = next > 5;
  else if (keep + 1 < digits.length) up = true; // trailing zeros were removed
  else up = keep > 0 && (digits.charCodeAt(keep - 1) - 48) % 2 === 1;
  let kept = digits.slice(0, keep);
  if (!up) return { digits: kept, decpt };
  let i = kept.length - 1;
  while (i >= 0 && kept.charCodeAt(i) === 57) i--;
  if (i < 0) return { digits: '1' + '0'.repeat(Math.max(0, keep - 1)), decpt: decpt + 1 };
  kept = kept.slice(0, i) + String.fromCharCode(kept.charCodeAt(i) + 1) + '0'.repeat(kept.length - 1 - i);
  return { digits: kept, decpt };
}

/** x > 0 rounded to `nd` significant digits (mode 2), exactly nd digits. */
export function sigDigits(x: number, nd: number): Digits {
  if (Number.isInteger(x)) {
    // integers: their exact digits are at hand
    let s = x <= 9007199254740991 ? String(x) : BigInt(x).toString();
    const decpt = s.length;
    let end = s.length;
    while (end > 1 && s.charCodeAt(end - 1) === 48) end--;
    s = s.slice(0, end);
    return roundHalfEven({ digits: s, decpt }, nd);
  }
  // a tie needs a short exact expansion: x * 2**k integral for small k
  if (nd <= 101 && !Number.isInteger(x * 2 ** Math.ceil(nd * 1.45 + 2))) {
    const s = x.toExponential(nd - 1);
    const e = s.indexOf('e');
    const digits = nd > 1 ? s[0] + s.slice(2, e) : s.slice(0, e);
    return { digits, decpt: parseInt(s.slice(e + 1), 10) + 1 };
  }
  return roundHalfEven(exactDecimal(x), nd);
}

/** x >= 0 with nd digits after the point as the engine's toFixed gives
 * it, or null where that differs from CPython's rounding: toFixed rounds a
 * tie up, CPython to even. x * 10**nd ends in exactly .5 only if
 * x * 2**(nd+1) is an integer and x * 2**nd is not. */
function fixedNoTie(x: number, nd: number): string | null {
  if (x < 1e21 && nd <= 100 && (!Number.isInteger(x * 2 ** (nd + 1)) || Number.isInteger(x * 2 ** nd))) return x.toFixed(nd);
  return null;
}

/** x > 0 rounded to `nd` digits after the point (mode 3). The digits may
 * be empty when everything rounds to zero. */
export function fracDigits(x: number, nd: number): Digits {
  const s = fixedNoTie(x, nd);
  if (s !== null) {
    const dot = s.indexOf('.');
    let intPart = dot < 0 ? s : s.slice(0, dot);
    const frac = dot < 0 ? '' : s.slice(dot + 1);
    if (intPart === '0') {
      // leading zeros of the fraction move the point
      let z = 0;
      while (z < frac.length && frac.charCodeAt(z) === 48) z++;
      return { digits: frac.slice(z), decpt: -z };
    }
    return { digits: intPart + frac, decpt: intPart.length };
  }
  const d = exactDecimal(x);
  const r = roundHalfEven(d, d.decpt + nd);
  if (r.digits === '') return { digits: '', decpt: -nd };
  return r;
}

/** Shortest digits that round-trip (mode 0, repr). */
export function shortDigits(x: number): Digits {
  const s = x.toExponential();
  const e = s.indexOf('e');
  const m = s.slice(0, e);
  const digits = m.length > 1 ? m[0] + m.slice(2) : m;
  return { digits, decpt: parseInt(s.slice(e + 1), 10) + 1 };
}

function expSuffix(e: number, upper: boolean): string {
  const a = e < 0 ? -e : e;
  return (upper ? 'E' : 'e') + (e < 0 ? '-' : '+') + (a < 10 ? '0' + a : String(a));
}

/** PyOS_double_to_string: type one of e E f F g G r (r = repr); the sign is
 * '-' for negatives. Flags: alt (#), addDot0 (repr's '.0'), noNeg0 (z). */
export function doubleToString(x: number, type: string, prec: number, alt = false, addDot0 = false, noNeg0 = false): string {
  let neg = x < 0 || (x === 0 && 1 / x < 0);
  if ((type === 'f' || type === 'F') && !alt && !noNeg0) {
    // toFixed's string is the answer, without a digit string and back
    const s = fixedNoTie(neg ? -x : x, prec);
    if (s !== null) return neg ? '-' + s : s;
  }
  const upper = type === 'E' || type === 'F' || type === 'G';
  if (x !== x) return upper ? 'NAN' : 'nan';
  if (!isFinite(x)) return (neg ? '-' : '') + (upper ? 'INF' : 'inf');
  const a = neg ? -x : x;
  let d: Digits;
  let useExp = false;
  let minDigits = 0; // digits to show (alt 'g' keeps trailing zeros)
  switch (type) {
    case 'e':
    case 'E':
      d = a === 0 ? { digits: '0', decpt: 1 } : sigDigits(a, prec + 1);
      useExp = true;
      minDigits = prec + 1;
      break;
    case 'f':
    case 'F':
      d = a === 0 ? { digits: '', decpt: 1 } : fracDigits(a, prec);
      break;
    case 'g':
    case 'G': {
      if (prec === 0) prec = 1;
      d = a === 0 ? { digits: '0', decpt: 1 } : sigDigits(a, prec);
      // strip trailing zeros: %g shows only significant ones
      let end = d.digits.length;
      while (end > 1 && d.digits.charCodeAt(end - 1) === 48) end--;
      d = { digits: d.digits.slice(0, end), decpt: d.decpt };
      if (d.decpt <= -4 || d.decpt > (addDot0 ? prec - 1 : prec)) useExp = true;
      if (alt) minDigits = prec;
      break;
    }
    default: // 'r'
      d = a === 0 ? { digits: '0', decpt: 1 } : shortDigits(a);
      if (d.decpt <= -4 || d.decpt > 16) useExp = true;
  }
  let digits = d.digits;
  if (noNeg0 && neg && !/[1-9]/.test(digits)) neg = false;
  let out: string;
  if (useExp) {
    if (digits.length < minDigits) digits += '0'.repeat(minDigits - digits.length);
    const e = d.decpt - 1;
    out = digits[0];
    if (digits.length > 1 || alt) out += '.' + digits.slice(1);
    out += expSuffix(digits === '0' ? 0 : e, upper);
  } else if (type === 'f' || type === 'F') {
    const p = d.decpt;
    let intPart: string, frac: string;
    if (p <= 0) {
      intPart = '0';
      frac = '0'.repeat(-p) + digits;
    } else {
      intPart = digits.slice(0, p).padEnd(p, '0');
      frac = digits.slice(p);
    }
    frac = frac.padEnd(prec, '0').slice(0, prec);
    out = prec > 0 || alt ? intPart + '.' + frac : intPart;
  } else {
    // g / r in fixed notation
    if (digits.length < minDigits) digits += '0'.repeat(minDigits - digits.length);
    const p = d.decpt;
    if (p <= 0) out = '0.' + '0'.repeat(-p) + digits;
    else if (p >= digits.length) {
      out = digits + '0'.repeat(p - digits.length);
      if (alt) out += '.';
      else if (addDot0) out += '.0';
    } else out = digits.slice(0, p) + '.' + digits.slice(p);
  }
  return neg ? '-' + out : out;
}
