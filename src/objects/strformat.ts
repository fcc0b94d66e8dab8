// str.format() and printf-style `%` formatting for str (and bytes).

import { T, MISSING, type Py } from './base';
import { PyTuple } from './tuple';
import { PyDict } from './dict';
import { PyFloat } from './float';
import { intValue } from './intutil';
import { strValue, asciiEscape } from './strutil';
import { TypeError, ValueError, IndexError, KeyError, OverflowError } from './raise';
import { typeOf, typeName } from './typeof';
import { getattr, callSpecial } from './attrs';
import { getitem, repr, str as pyStr } from './protocol';
import { format, formatInt, formatFloat } from './format';
import { toInt, index } from './int';
import { toFloat } from './floatmethods';

// ---- str.format --------------------------------------------------------------------

interface Field {
  name: string;
  conv: string;
  spec: string;
}

/** Splits a format string into literal text and fields. */
function* parseFormat(fmt: string): Generator<string | Field> {
  let i = 0, lit = '';
  const n = fmt.length;
  while (i < n) {
    const c = fmt[i];
    if (c === '{') {
      if (fmt[i + 1] === '{') {
        lit += '{';
        i += 2;
        continue;
      }
      if (lit) yield lit;
      lit = '';
      // find the matching '}' (nested braces allowed in the spec)
      let depth = 1, j = i + 1;
      while (j < n && depth) {
        if (fmt[j] === '{') depth++;
        else if (fmt[j] === '}') depth--;
        if (depth) j++;
      }
      if (j >= n) throw ValueError("expected '}' before end of string");
      const body = fmt.slice(i + 1, j);
      i = j + 1;
      // name [!conv] [:spec]; '[' ... ']' in the name may hold ':' or '!'
      let k = 0;
      while (k < body.length && body[k] !== '!' && body[k] !== ':') {
        if (body[k] === '[') {
          const e = body.indexOf(']', k);
          if (e < 0) throw ValueError("Missing ']' in format string");
          k = e + 1;
        } else k++;
      }
      const name = body.slice(0, k);
      let conv = '', spec = '';
      if (body[k] === '!') {
        conv = body[k + 1] ?? '';
        if (body.length === k + 1) throw ValueError('end of string while looking for conversion specifier');
        k += 2;
        if (k < body.length && body[k] !== ':') throw ValueError('expected \':\' after conversion specifier');
      }
      if (body[k] === ':') spec = body.slice(k + 1);
      yield { name, conv, spec };
    } else if (c === '}') {
      if (fmt[i + 1] === '}') {
        lit += '}';
        i += 2;
        continue;
      }
      throw ValueError("Single '}' encountered in format string");
    } else {
      lit += c;
      i++;
    }
  }
  if (lit) yield lit;
}

/** str.format(*args, **kwargs) / format_map. */
export function strFormat(fmt: string, args: Py[], kwargs: Py, depth = 2): string {
  let auto = 0;
  let mode: 'auto' | 'manual' | '' = '';
  let out = '';
  for (const part of parseFormat(fmt)) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    const m = /^([^.[]*)(.*)$/s.exec(part.name)!;
    let first = m[1];
    const rest = m[2];
    let v: Py;
    if (first === '') {
      if (mode === 'manual') throw ValueError('cannot switch from manual field specification to automatic field numbering');
      mode = 'auto';
      first = String(auto++);
    } else if (/^\d+$/.test(first)) {
      if (mode === 'auto') throw ValueError('cannot switch from automatic field numbering to manual field specification');
      mode = 'manual';
    }
    if (/^\d+$/.test(first)) {
      const idx = parseInt(first, 10);
      if (idx >= args.length) throw IndexError(`Replacement index ${idx} out of range for positional args tuple`);
      v = args[idx];
    } else {
      if (kwargs instanceof PyDict) {
        const x = kwargs.get(first);
        if (x === undefined) throw KeyError(first);
        v = x;
      } else v = getitem(kwargs, first);
    }
    // .attr and [key] accessors
    const acc = /\.([^.[]+)|\[([^\]]*)\]/gy;
    let am: RegExpExecArray | null;
    let pos = 0;
    while (pos < rest.length && (acc.lastIndex = pos, (am = acc.exec(rest)))) {
      if (am[1] !== undefined) v = getattr(v, am[1]);
      else {
        const key = am[2];
        v = getitem(v, /^\d+$/.test(key) ? parseInt(key, 10) : key);
      }
      pos = acc.lastIndex;
    }
    if (pos < rest.length) throw ValueError('Only \'.\' or \'[\' may follow \']\' in format field specifier');
    if (part.conv === 'r') v = repr(v);
    else if (part.conv === 's') v = pyStr(v);
    else if (part.conv === 'a') v = asciiEscape(repr(v));
    else if (part.conv) throw ValueError(`Unknown conversion specifier ${part.conv}`);
    let spec = part.spec;
    if (spec.includes('{')) {
      if (depth <= 0) throw ValueError('Max string recursion exceeded');
      // nested fields share the numbering
      const sub = strFormatNested(spec, args, kwargs, () => auto++, () => mode, (m2) => (mode = m2), depth - 1);
      spec = sub;
    }
    out += format(v, spec);
  }
  return out;
}

function strFormatNested(spec: string, args: Py[], kwargs: Py, next: () => number, getMode: () => string, setMode: (m: any) => void, depth: number): string {
  let out = '';
  for (const part of parseFormat(spec)) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    let name = part.name;
    if (name === '') {
      if (getMode() === 'manual') throw ValueError('cannot switch from manual field specification to automatic field numbering');
      setMode('auto');
      name = String(next());
    }
    out += strFormat(`{${name}${part.conv ? '!' + part.conv : ''}${part.spec ? ':' + part.spec : ''}}`, args, kwargs, depth);
  }
  return out;
}

// ---- printf-style ------------------------------------------------------------------

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
  let ai = 0;
  const next = (): Py => {
    if (ai >= args.length) throw TypeError('not enough arguments for format string');
    return args[ai++];
  };
  let out = '';
  let i = 0;
  const n = fmt.length;
  let usedMapping = false;
  while (i < n) {
    const c = fmt[i];
    if (c !== '%') {
      const j = fmt.indexOf('%', i);
      const end = j < 0 ? n : j;
      out += fmt.slice(i, end);
      i = end;
      continue;
    }
    const start = i;
    i++;
    if (i >= n) throw ValueError('incomplete format');
    let key: string | null = null;
    if (fmt[i] === '(') {
      let depth = 1, j = i + 1;
      while (j < n && depth) {
        if (fmt[j] === '(') depth++;
        else if (fmt[j] === ')') depth--;
        j++;
      }
      if (depth) throw ValueError('incomplete format key');
      key = fmt.slice(i + 1, j - 1);
      i = j;
    }
    let flags = '';
    while (i < n && '-+ #0'.includes(fmt[i])) flags += fmt[i++];
    let width = -1, prec = -1;
    if (fmt[i] === '*') {
      width = Number(index(next()));
      i++;
    } else {
      let w = '';
      while (i < n && fmt[i] >= '0' && fmt[i] <= '9') w += fmt[i++];
      if (w) width = parseInt(w, 10);
    }
    if (fmt[i] === '.') {
      i++;
      if (fmt[i] === '*') {
        prec = Number(index(next()));
        i++;
      } else {
        let p = '';
        while (i < n && fmt[i] >= '0' && fmt[i] <= '9') p += fmt[i++];
        prec = p ? parseInt(p, 10) : 0;
      }
    }
    while (i < n && 'hlL'.includes(fmt[i])) i++;
    if (i >= n) throw ValueError('incomplete format');
    const conv = fmt[i++];
    if (conv === '%') {
      out += '%';
      continue;
    }
    let v: Py;
    if (key !== null) {
      if (mapping === null) throw TypeError('format requires a mapping');
      usedMapping = true;
      v = getitem(mapping, key);
    } else v = next();
    if (width < 0 && flags.includes('-')) width = -1;
    if (width < 0 && width !== -1) {
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
        body = repr(v);
        if (prec >= 0) body = Array.from(body).slice(0, prec).join('');
        break;
      case 'a':
        body = asciiEscape(repr(v));
        if (prec >= 0) body = Array.from(body).slice(0, prec).join('');
        break;
      case 'b':
        if (!isBytes) throw ValueError(`unsupported format character 'b' (0x62) at index ${i - 1}`);
        body = bytesStr(v);
        break;
      case 'c': {
        const iv = intValue(v);
        if (iv !== null) {
          const cp = Number(iv);
          if (cp < 0 || cp > (isBytes ? 255 : 0x10ffff)) throw OverflowError(isBytes ? '%c arg not in range(256)' : '%c arg not in range(0x110000)');
          body = String.fromCodePoint(cp);
        } else {
          const s = strValue(v);
          if (s === null || Array.from(s).length !== 1) throw TypeError(isBytes ? '%c requires an integer in range(256) or a single byte' : '%c requires int or char');
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
        let digits = (neg ? -(iv as any) : iv).toString(conv === 'o' ? 8 : conv === 'x' || conv === 'X' ? 16 : 10);
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
        const spec = `${flags.includes('#') ? '#' : ''}.${prec < 0 ? 6 : prec}${conv}`;
        const s = formatFloat(Math.abs(f), spec);
        const neg = f < 0 || (Object.is(f, -0));
        sign = neg && f === f ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
        body = s;
        break;
      }
      default:
        throw ValueError(`unsupported format character '${conv}' (0x${conv.charCodeAt(0).toString(16)}) at index ${i - 1}`);
    }
    const len = Array.from(body).length + sign.length;
    if (width > len) {
      const padn = width - len;
      if (flags.includes('-')) body = sign + body + ' '.repeat(padn);
      else if (flags.includes('0') && numeric) body = sign + '0'.repeat(padn) + body;
      else body = ' '.repeat(padn) + sign + body;
    } else body = sign + body;
    out += body;
    void start;
  }
  if (ai < args.length && !usedMapping && mapping === null) throw TypeError(`not all arguments converted during ${isBytes ? 'bytes' : 'string'} formatting`);
  return out;
}

function bytesStr(v: Py): string {
  const b = (v as any)?.v;
  if (b instanceof Uint8Array) return Buffer.from(b).toString('latin1');
  const r = callSpecial(v, '__bytes__');
  if (r !== MISSING) return Buffer.from(r.v).toString('latin1');
  throw TypeError(`%b requires a bytes-like object, or an object that implements __bytes__, not '${typeName(v)}'`);
}

void formatInt;
