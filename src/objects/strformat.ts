// str.format() and printf-style `%` formatting for str (and bytes).

import { T, MISSING, type Py } from './base';
import { PyTuple } from './tuple';
import { PyDict } from './dict';
import { PyFloat } from './float';
import { PyBytes, bytesValue, latin1, fromLatin1 } from './bytesutil';
import { bufferOf } from './bytesops';
import { intValue } from './intutil';
import { strValue, asciiEscape, strLen } from './strutil';
import { TypeError, ValueError, IndexError, KeyError, OverflowError } from './raise';
import { typeOf, typeName } from './typeof';
import { PyBaseException } from './exceptions';
import { getattr, callSpecial } from './attrs';
import { getitem, repr, str as pyStr } from './protocol';
import { format, formatInt, formatFloat } from './format';
import { toInt, index, intToStr } from './int';
import { toFloat } from './floatmethods';

// ---- str.format --------------------------------------------------------------------

/** A parsed replacement field. */
interface Field {
  name: string;
  /** conversion character, or '' */
  conv: string;
  spec: string;
  /** the spec holds nested fields */
  nested: boolean;
}

/** Splits a format string into literal text and fields, with the checks
 * and messages of CPython's MarkupIterator. */
function* parseFormat(fmt: string): Generator<string | Field> {
  const n = fmt.length;
  let i = 0;
  while (i < n) {
    const start = i;
    let c = '';
    let markup = false;
    while (i < n) {
      c = fmt[i++];
      if (c === '{' || c === '}') {
        markup = true;
        break;
      }
    }
    const atEnd = i >= n;
    let len = i - start;
    if (c === '}' && markup && (atEnd || fmt[i] !== '}')) throw ValueError("Single '}' encountered in format string");
    if (atEnd && c === '{' && markup) throw ValueError("Single '{' encountered in format string");
    if (markup && !atEnd) {
      if (fmt[i] === c) {
        i++;
        markup = false;
      } else len--;
    }
    if (len) yield fmt.slice(start, start + len);
    if (!markup) continue;
    // the field: name up to ':' '!' or '}' ('[...]' may hold them)
    const nameStart = i;
    c = '';
    while (i < n) {
      c = fmt[i++];
      if (c === '{') throw ValueError("unexpected '{' in field name");
      if (c === '[') {
        while (i < n && fmt[i] !== ']') i++;
        c = '';
        continue;
      }
      if (c === '}' || c === ':' || c === '!') break;
      c = '';
    }
    const name = fmt.slice(nameStart, c ? i - 1 : i);
    let conv = '', spec = '', nested = false;
    if (c === '!' || c === ':') {
      if (c === '!') {
        if (i >= n) throw ValueError('end of string while looking for conversion specifier');
        conv = fmt[i++];
        if (i < n) {
          const d = fmt[i++];
          if (d === '}') {
            yield { name, conv, spec, nested };
            continue;
          }
          if (d !== ':') throw ValueError("expected ':' after conversion specifier");
        }
      }
      const specStart = i;
      let depth = 1;
      let closed = false;
      while (i < n) {
        const d = fmt[i++];
        if (d === '{') {
          nested = true;
          depth++;
        } else if (d === '}' && --depth === 0) {
          closed = true;
          break;
        }
      }
      if (!closed) throw ValueError("unmatched '{' in format spec");
      spec = fmt.slice(specStart, i - 1);
    } else if (c !== '}') throw ValueError("expected '}' before end of string");
    yield { name, conv, spec, nested };
  }
}

/** Where parsing a format string (str.format or %) failed: a ValueError
 * raised when formatting gets there, in CPython's order (the fields before
 * it are looked up first; for %, the '*' arguments already parsed are
 * taken). */
class FormatError {
  constructor(
    public msg: string,
    public starW = false,
    public starP = false,
  ) {}
}

/** cache's parse of fmt, made on first use: a format in a loop is parsed
 * once; formats built at run time must not grow the cache without bound. */
function parsedOnce<V>(cache: Map<string, V>, fmt: string, parse: (fmt: string) => V): V {
  let v = cache.get(fmt);
  if (v === undefined) {
    v = parse(fmt);
    if (cache.size >= 512) cache.clear();
    cache.set(fmt, v);
  }
  return v;
}

const parsedFormats = new Map<string, (string | Field | FormatError)[]>();

function parseFormatList(fmt: string): (string | Field | FormatError)[] {
  const items: (string | Field | FormatError)[] = [];
  try {
    for (const part of parseFormat(fmt)) items.push(part);
  } catch (e) {
    // parseFormat raises ValueErrors with a message
    if (!(e instanceof PyBaseException) || e.cls !== T.ValueError) throw e;
    items.push(new FormatError(String(e.args[0])));
  }
  return items;
}

/** A field-name part as an index, or -1 when it is not all decimal digits. */
function fieldIndex(s: string): number {
  if (!s.length || !/^[0-9]+$/.test(s)) return -1;
  if (s.length <= 15) return parseInt(s, 10);
  // CPython's limit is Py_ssize_t; such an index is out of range anyway
  const b = BigInt(s);
  if (b > 9223372036854775807n) throw ValueError('Too many decimal digits in format string');
  return Number(b);
}

/** Numbering state shared by a format string and its nested specs. */
interface Numbering {
  auto: number;
  mode: 0 | 1 | 2; // unknown, automatic, manual
}

function lookupField(name: string, args: Py[] | null, kwargs: Py, num: Numbering): Py {
  let k = 0;
  while (k < name.length && name[k] !== '.' && name[k] !== '[') k++;
  const first = name.slice(0, k);
  let idx = fieldIndex(first);
  if (first === '') {
    if (num.mode === 2) throw ValueError('cannot switch from manual field specification to automatic field numbering');
    num.mode = 1;
    idx = num.auto++;
  } else if (idx >= 0) {
    if (num.mode === 1) throw ValueError('cannot switch from automatic field numbering to manual field specification');
    num.mode = 2;
  }
  let v: Py;
  if (idx < 0) {
    if (kwargs === null) throw KeyError(first);
    if (kwargs instanceof PyDict && kwargs.cls === T.dict) {
      v = kwargs.get(first);
      if (v === undefined) throw KeyError(first);
    } else v = getitem(kwargs, first);
  } else {
    if (args === null) throw ValueError('Format string contains positional fields');
    if (idx >= args.length) throw IndexError(`Replacement index ${idx <= Number.MAX_SAFE_INTEGER ? idx : BigInt(first)} out of range for positional args tuple`);
    v = args[idx];
  }
  // .attr and [key] accessors
  while (k < name.length) {
    const c = name[k++];
    if (c === '.') {
      const s = k;
      while (k < name.length && name[k] !== '.' && name[k] !== '[') k++;
      if (k === s) throw ValueError('Empty attribute in format string');
      v = getattr(v, name.slice(s, k));
    } else if (c === '[') {
      const s = k;
      while (k < name.length && name[k] !== ']') k++;
      if (k >= name.length) throw ValueError("Missing ']' in format string");
      const key = name.slice(s, k);
      k++;
      if (key === '') throw ValueError('Empty attribute in format string');
      if (k < name.length && name[k] !== '.' && name[k] !== '[') throw ValueError("Only '.' or '[' may follow ']' in format field specifier");
      const ki = fieldIndex(key);
      v = getitem(v, ki >= 0 ? ki : key);
    } else throw ValueError("Only '.' or '[' may follow ']' in format field specifier");
  }
  return v;
}

function buildFormat(fmt: string, args: Py[] | null, kwargs: Py, depth: number, num: Numbering): string {
  if (depth <= 0) throw ValueError('Max string recursion exceeded');
  // joined at the end into one flat string (see percentFormat)
  const out: string[] = [];
  const parts = parsedOnce(parsedFormats, fmt, parseFormatList);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (typeof part === 'string') {
      out.push(part);
      continue;
    }
    if (part instanceof FormatError) throw ValueError(part.msg);
    let v = lookupField(part.name, args, kwargs, num);
    switch (part.conv) {
      case '':
        break;
      case 'r':
        v = repr(v);
        break;
      case 's':
        v = pyStr(v);
        break;
      case 'a':
        v = asciiEscape(repr(v));
        break;
      default: {
        const cc = part.conv.codePointAt(0)!;
        throw ValueError(`Unknown conversion specifier ${cc > 32 && cc < 127 ? part.conv : '\\x' + cc.toString(16)}`);
      }
    }
    const spec = part.nested ? buildFormat(part.spec, args, kwargs, depth - 1, num) : part.spec;
    out.push(typeof v === 'string' && spec === '' ? v : format(v, spec));
  }
  return out.length === 1 ? out[0] : out.join('');
}

/** str.format(*args, **kwargs); format_map passes args = null. */
export function strFormat(fmt: string, args: Py[] | null, kwargs: Py): string {
  return buildFormat(fmt, args, kwargs, 2, { auto: 0, mode: 0 });
}

// ---- printf-style ------------------------------------------------------------------

/** The value of a '*' width or precision: an int, nothing else. */
function starArg(v: Py): number {
  const iv = intValue(v);
  if (iv === null) throw TypeError('* wants int');
  if (typeof iv === 'bigint') throw OverflowError('Python int too large to convert to C ssize_t');
  return iv;
}

const STAR = -2;

/** One conversion of a %-format. width and prec are -1 when absent, STAR
 * when taken from the arguments; at is the conversion character's index
 * (for error messages); fspec is the float spec when prec is fixed. */
interface PSpec {
  key: string | null;
  flags: string;
  width: number;
  prec: number;
  conv: string;
  at: number;
  fspec: string | null;
}

type PItem = string | PSpec | FormatError;

const parsed = new Map<string, PItem[]>();

/** The spec formatFloat gets for a %e/%f/%g conversion. */
function floatSpec(flags: string, prec: number, conv: string): string {
  return `${flags.includes('#') ? '#' : ''}.${prec < 0 ? 6 : prec}${conv}`;
}

function parsePercent(fmt: string): PItem[] {
  const items: PItem[] = [];
  const n = fmt.length;
  let i = 0;
  while (i < n) {
    if (fmt[i] !== '%') {
      const j = fmt.indexOf('%', i);
      const end = j < 0 ? n : j;
      items.push(fmt.slice(i, end));
      i = end;
      continue;
    }
    i++;
    if (i >= n) {
      items.push(new FormatError('incomplete format'));
      return items;
    }
    // only '%%' itself is a literal percent; '%5%' is an unknown conversion
    if (fmt[i] === '%') {
      items.push('%');
      i++;
      continue;
    }
    let key: string | null = null;
    if (fmt[i] === '(') {
      let depth = 1, j = i + 1;
      while (j < n && depth) {
        if (fmt[j] === '(') depth++;
        else if (fmt[j] === ')') depth--;
        j++;
      }
      if (depth) {
        items.push(new FormatError('incomplete format key'));
        return items;
      }
      key = fmt.slice(i + 1, j - 1);
      i = j;
    }
    let flags = '';
    while (i < n && '-+ #0'.includes(fmt[i])) flags += fmt[i++];
    let width = -1, prec = -1;
    if (fmt[i] === '*') {
      width = STAR;
      i++;
    } else {
      let w = '';
      while (i < n && fmt[i] >= '0' && fmt[i] <= '9') w += fmt[i++];
      if (w) width = parseInt(w, 10);
    }
    if (fmt[i] === '.') {
      i++;
      if (fmt[i] === '*') {
        prec = STAR;
        i++;
      } else {
        let p = '';
        while (i < n && fmt[i] >= '0' && fmt[i] <= '9') p += fmt[i++];
        prec = p ? parseInt(p, 10) : 0;
      }
    }
    while (i < n && 'hlL'.includes(fmt[i])) i++;
    if (i >= n) {
      items.push(new FormatError('incomplete format', width === STAR, prec === STAR));
      return items;
    }
    const conv = fmt[i++];
    const fspec = prec === STAR ? null : floatSpec(flags, prec, conv);
    items.push({ key, flags, width, prec, conv, at: i - 1, fspec });
  }
  return items;
}

/** fmt % values, for str (bytes mode gives byte-oriented %s/%b/%c). */
export function percentFormat(fmt: string, values: Py, isBytes = false): string {
  let args: Py[];
  let mapping: Py = null;
  if (values instanceof PyTuple) args = values.items;
  else {
    args = [values];
    const tp = typeOf(values);
    if (tp.lookup('__getitem__') !== MISSING && !(typeof values === 'string') && !tp.isSubtype(T.str) && tp !== T.tuple) mapping = values;
  }
  const items = parsedOnce(parsed, fmt, parsePercent);
  let ai = 0;
  const next = (): Py => {
    if (ai >= args.length) throw TypeError('not enough arguments for format string');
    return args[ai++];
  };
  // pieces joined at the end: a flat result string (`out +=` would leave a
  // tree of cons strings, which costs the garbage collector dearly when
  // results are kept, e.g. appended to a list)
  const out: string[] = [];
  let usedMapping = false;
  for (let k = 0; k < items.length; k++) {
    const sp = items[k];
    if (typeof sp === 'string') {
      out.push(sp);
      continue;
    }
    if (sp instanceof FormatError) {
      if (sp.starW) starArg(next());
      if (sp.starP) starArg(next());
      throw ValueError(sp.msg);
    }
    let flags = sp.flags, width = sp.width, prec = sp.prec;
    const conv = sp.conv;
    if (width === STAR) width = starArg(next());
    if (prec === STAR) prec = starArg(next());
    let v: Py;
    if (sp.key !== null) {
      if (mapping === null) throw TypeError('format requires a mapping');
      usedMapping = true;
      v = getitem(mapping, isBytes ? new PyBytes(fromLatin1(sp.key)) : sp.key);
    } else if (usedMapping) throw TypeError('not enough arguments for format string');
    else v = next();
    if (width === -1 && flags === '' && prec === -1) {
      // the plain %d and %s of a JS int or str
      if (conv === 'd' && typeof v === 'number') {
        out.push(String(v));
        continue;
      }
      if (conv === 's' && typeof v === 'string' && !isBytes) {
        out.push(v);
        continue;
      }
    }
    // a negative '*' width left-justifies (-1 and absent pad alike: never)
    if (width < -1) {
      flags += '-';
      width = -width;
    }
    let body: string;
    let numeric = false;
    let sign = '';
    switch (conv) {
      case 's':
        body = isBytes ? bytesStr(v) : pyStr(v);
        if (prec >= 0) body = Array.from(body).slice(0, prec).join('');
        break;
      case 'r':
        // bytes formatting has no unicode: %r is %a there
        body = isBytes ? asciiEscape(repr(v)) : repr(v);
        if (prec >= 0) body = Array.from(body).slice(0, prec).join('');
        break;
      case 'a':
        body = asciiEscape(repr(v));
        if (prec >= 0) body = Array.from(body).slice(0, prec).join('');
        break;
      case 'b':
        if (!isBytes) throw ValueError(`unsupported format character 'b' (0x62) at index ${sp.at}`);
        body = bytesStr(v);
        break;
      case 'c': {
        const iv = intValue(v);
        if (iv !== null) {
          const cp = Number(iv);
          if (cp < 0 || cp > (isBytes ? 255 : 0x10ffff)) throw OverflowError(isBytes ? '%c arg not in range(256)' : '%c arg not in range(0x110000)');
          body = String.fromCodePoint(cp);
        } else if (isBytes) {
          const bb = bytesValue(v);
          if (!bb || bb.length !== 1) throw TypeError('%c requires an integer in range(256) or a single byte');
          body = String.fromCharCode(bb[0]);
        } else {
          const s = strValue(v);
          if (s === null || Array.from(s).length !== 1) throw TypeError('%c requires int or char');
          body = s;
        }
        break;
      }
      case 'd':
      case 'i':
      case 'u':
      case 'o':
      case 'x':
      case 'X': {
        numeric = true;
        let iv: number | bigint;
        if (conv === 'd' || conv === 'i' || conv === 'u') {
          if (intValue(v) === null && !(v instanceof PyFloat) && typeOf(v).lookup('__int__') === MISSING && typeOf(v).lookup('__index__') === MISSING) {
            throw TypeError(`%${conv} format: a real number is required, not ${typeName(v)}`);
          }
          iv = v instanceof PyFloat ? toInt(v) : intValue(v) ?? toInt(v);
        } else {
          if (intValue(v) === null && typeOf(v).lookup('__index__') === MISSING) {
            throw TypeError(`%${conv} format: an integer is required, not ${typeName(v)}`);
          }
          iv = index(v);
        }
        const neg = iv < 0;
        const mag = neg ? -(iv as any) : iv;
        let digits = conv === 'o' || conv === 'x' || conv === 'X' ? mag.toString(conv === 'o' ? 8 : 16) : typeof mag === 'bigint' ? intToStr(mag) : String(mag);
        if (conv === 'X') digits = digits.toUpperCase();
        if (prec >= 0 && digits.length < prec) digits = '0'.repeat(prec - digits.length) + digits;
        if (flags.includes('#')) digits = (conv === 'o' ? '0o' : conv === 'x' ? '0x' : conv === 'X' ? '0X' : '') + digits;
        sign = neg ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
        body = digits;
        break;
      }
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G': {
        numeric = true;
        let f: number;
        try {
          f = toFloat(v);
        } catch {
          throw TypeError(`must be real number, not ${typeName(v)}`);
        }
        const spec = sp.fspec ?? floatSpec(flags, prec, conv);
        const s = formatFloat(Math.abs(f), spec);
        const neg = f < 0 || (Object.is(f, -0));
        sign = neg && f === f ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
        body = s;
        break;
      }
      default:
        throw ValueError(`unsupported format character '${conv}' (0x${conv.charCodeAt(0).toString(16)}) at index ${sp.at}`);
    }
    const len = strLen(body) + sign.length;
    if (width > len) {
      const padn = width - len;
      if (flags.includes('-')) body = sign + body + ' '.repeat(padn);
      else if (flags.includes('0') && numeric) body = sign + '0'.repeat(padn) + body;
      else body = ' '.repeat(padn) + sign + body;
    } else body = sign + body;
    out.push(body);
  }
  if (ai < args.length && !usedMapping && mapping === null) throw TypeError(`not all arguments converted during ${isBytes ? 'bytes' : 'string'} formatting`);
  return out.length === 1 ? out[0] : out.join('');
}

function bytesStr(v: Py): string {
  const b = bufferOf(v);
  if (b) return latin1(b);
  const r = callSpecial(v, '__bytes__');
  if (r !== MISSING) return latin1(r.v);
  throw TypeError(`%b requires a bytes-like object, or an object that implements __bytes__, not '${typeName(v)}'`);
}

void formatInt;
