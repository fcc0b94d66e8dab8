// Prints a pys AST exactly as CPython's `ast.dump(tree)` (3.11) would print
// the same tree, so that the two can be compared as text. The py2 nodes
// (Print, Exec, Repr, and Module.py2 when true) are printed in the same style.
// The command-line tool is astdump-cli.ts.
import type { ConstValue } from '../../grammar/ast';

/** `_fields` of each node type, in CPython's order; `?` marks optional
 * fields, which ast.dump omits when they are None. Our `exc_type` is CPython's `type`. */
const FIELDS: Record<string, string[]> = {
  Module: ['body', 'type_ignores', 'py2?'],
  Interactive: ['body'],
  Expression: ['body'],
  FunctionDef: ['name', 'args', 'body', 'decorator_list', 'returns?', 'type_comment?'],
  AsyncFunctionDef: ['name', 'args', 'body', 'decorator_list', 'returns?', 'type_comment?'],
  ClassDef: ['name', 'bases', 'keywords', 'body', 'decorator_list'],
  Return: ['value?'],
  Delete: ['targets'],
  Assign: ['targets', 'value', 'type_comment?'],
  AugAssign: ['target', 'op', 'value'],
  AnnAssign: ['target', 'annotation', 'value?', 'simple'],
  For: ['target', 'iter', 'body', 'orelse', 'type_comment?'],
  AsyncFor: ['target', 'iter', 'body', 'orelse', 'type_comment?'],
  While: ['test', 'body', 'orelse'],
  If: ['test', 'body', 'orelse'],
  With: ['items', 'body', 'type_comment?'],
  AsyncWith: ['items', 'body', 'type_comment?'],
  Match: ['subject', 'cases'],
  Raise: ['exc?', 'cause?'],
  Try: ['body', 'handlers', 'orelse', 'finalbody'],
  TryStar: ['body', 'handlers', 'orelse', 'finalbody'],
  Assert: ['test', 'msg?'],
  Import: ['names'],
  ImportFrom: ['module?', 'names', 'level?'],
  Global: ['names'],
  Nonlocal: ['names'],
  Expr: ['value'],
  Pass: [],
  Break: [],
  Continue: [],
  Print: ['dest?', 'values', 'nl'],
  Exec: ['body', 'globals?', 'locals?'],
  BoolOp: ['op', 'values'],
  NamedExpr: ['target', 'value'],
  BinOp: ['left', 'op', 'right'],
  UnaryOp: ['op', 'operand'],
  Lambda: ['args', 'body'],
  IfExp: ['test', 'body', 'orelse'],
  Dict: ['keys', 'values'],
  Set: ['elts'],
  ListComp: ['elt', 'generators'],
  SetComp: ['elt', 'generators'],
  DictComp: ['key', 'value', 'generators'],
  GeneratorExp: ['elt', 'generators'],
  Await: ['value'],
  Yield: ['value?'],
  YieldFrom: ['value'],
  Compare: ['left', 'ops', 'comparators'],
  Call: ['func', 'args', 'keywords'],
  FormattedValue: ['value', 'conversion', 'format_spec?'],
  JoinedStr: ['values'],
  Constant: ['value', 'kind?'],
  Attribute: ['value', 'attr', 'ctx'],
  Subscript: ['value', 'slice', 'ctx'],
  Starred: ['value', 'ctx'],
  Name: ['id', 'ctx'],
  List: ['elts', 'ctx'],
  Tuple: ['elts', 'ctx'],
  Slice: ['lower?', 'upper?', 'step?'],
  Repr: ['value'],
  comprehension: ['target', 'iter', 'ifs', 'is_async'],
  ExceptHandler: ['type?', 'name?', 'body'],
  arguments: ['posonlyargs', 'args', 'vararg?', 'kwonlyargs', 'kw_defaults', 'kwarg?', 'defaults'],
  arg: ['arg', 'annotation?', 'type_comment?'],
  keyword: ['arg?', 'value'],
  alias: ['name', 'asname?'],
  withitem: ['context_expr', 'optional_vars?'],
  match_case: ['pattern', 'guard?', 'body'],
  MatchValue: ['value'],
  MatchSingleton: ['value'],
  MatchSequence: ['patterns'],
  MatchMapping: ['keys', 'patterns', 'rest?'],
  MatchClass: ['cls', 'patterns', 'kwd_attrs', 'kwd_patterns'],
  MatchStar: ['name?'],
  MatchAs: ['pattern?', 'name?'],
  MatchOr: ['patterns'],
};
const ATTRIBUTES = ['lineno', 'col_offset', 'end_lineno?', 'end_col_offset?'];
/** Node types that have position attributes in CPython. */
const NO_ATTRIBUTES = new Set([
  'Module', 'Interactive', 'Expression', 'comprehension', 'arguments', 'withitem', 'match_case',
]);
/** Fields whose string value is a Python identifier/str printed with repr. */
const CONST_FIELDS = new Set(['value']);

export interface DumpOptions {
  includeAttributes?: boolean;
}

/** `ast.dump(node, include_attributes=...)` of CPython 3.11, for our AST. */
export function dump(node: unknown, opts: DumpOptions = {}): string {
  const out: string[] = [];
  fmt(node, out, opts, '');
  return out.join('');
}

function fmt(v: unknown, out: string[], opts: DumpOptions, field: string): void {
  if (v === null || v === undefined) { out.push('None'); return; }
  if (Array.isArray(v)) {
    out.push('[');
    v.forEach((x, i) => { if (i) out.push(', '); fmt(x, out, opts, ''); });
    out.push(']');
    return;
  }
  if (typeof v === 'string') {
    // operators, contexts and comparison ops are strings in our AST
    if (field === 'op' || field === 'ctx') { out.push(v + '()'); return; }
    out.push(pyStrRepr(v));
    return;
  }
  if (typeof v === 'number') { out.push(String(v)); return; }
  if (typeof v === 'boolean') { out.push(v ? 'True' : 'False'); return; }
  const o = v as Record<string, unknown>;
  if (!('type' in o) && 'kind' in o && CONST_FIELDS.has(field)) { out.push(constRepr(o as unknown as ConstValue)); return; }
  const type = o.type as string;
  const fields = FIELDS[type];
  if (!fields) throw new Error(`astdump: unknown node type ${type}`);
  out.push(type, '(');
  let first = true;
  const emit = (name: string, key: string) => {
    const optional = name.endsWith('?');
    const fname = optional ? name.slice(0, -1) : name;
    let value = o[key === 'type' ? 'exc_type' : key];
    if (type === 'Module' && fname === 'type_ignores') value = [];
    if (type === 'Module' && fname === 'py2' && !value) return;
    if (optional && (value === null || value === undefined)) return;
    if (!first) out.push(', ');
    first = false;
    out.push(fname, '=');
    if (fname === 'ops') {
      out.push('[', (value as string[]).map((x) => x + '()').join(', '), ']');
    } else fmt(value, out, opts, fname);
  };
  for (const f of fields) emit(f, f.replace('?', ''));
  if (opts.includeAttributes && !NO_ATTRIBUTES.has(type)) for (const a of ATTRIBUTES) emit(a, a.replace('?', ''));
  out.push(')');
}

/** repr() of a Python constant. */
export function constRepr(c: ConstValue): string {
  switch (c.kind) {
    case 'None': return 'None';
    case 'Ellipsis': return 'Ellipsis';
    case 'bool': return c.value ? 'True' : 'False';
    case 'int': return c.value.toString();
    case 'float': return pyFloatRepr(c.value);
    case 'complex': return complexRepr(c.imag);
    case 'str': return pyStrRepr(c.value);
    case 'bytes': return pyBytesRepr(c.value);
  }
}

function complexRepr(imag: number): string {
  const r = pyFloatRepr(imag);
  return (r.endsWith('.0') ? r.slice(0, -2) : r) + 'j';
}

/** repr() of a Python float: shortest round-trip digits, exponent outside [-4, 16). */
export function pyFloatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mant, expStr] = x.toExponential().split('e');
  const exp = Number(expStr);
  const neg = mant.startsWith('-');
  const digits = mant.replace('-', '').replace('.', '');
  let s: string;
  if (exp < -4 || exp >= 16) {
    s = digits[0] + (digits.length > 1 ? '.' + digits.slice(1) : '') + 'e' + (exp < 0 ? '-' : '+') + String(Math.abs(exp)).padStart(2, '0');
  } else if (exp < 0) {
    s = '0.' + '0'.repeat(-exp - 1) + digits;
  } else if (digits.length <= exp + 1) {
    s = digits + '0'.repeat(exp + 1 - digits.length) + '.0';
  } else {
    s = digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
  }
  return neg ? '-' + s : s;
}

const NONPRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
/** Where Node's Unicode tables and CPython 3.11's (Unicode 14) disagree on
 * str.isprintable(): [first, last, printable in CPython]. Generated with
 * Python's str.isprintable() against NONPRINTABLE. */
const PRINTABLE_FIXES: [number, number, number][] = [
  [0x88F, 0x88F, 0], [0x897, 0x897, 0], [0xC5C, 0xC5C, 0], [0xCDC, 0xCDC, 0], [0xCF3, 0xCF3, 0],
  [0xECE, 0xECE, 0], [0x1ACF, 0x1ADD, 0], [0x1AE0, 0x1AEB, 0], [0x1B4E, 0x1B4F, 0],
  [0x1B7F, 0x1B7F, 0], [0x1C89, 0x1C8A, 0], [0x20C1, 0x20C1, 0], [0x2427, 0x2429, 0],
  [0x2B96, 0x2B96, 0], [0x2FFC, 0x2FFF, 0], [0x31E4, 0x31E5, 0], [0x31EF, 0x31EF, 0],
  [0xA7CB, 0xA7CF, 0], [0xA7D2, 0xA7D2, 0], [0xA7D4, 0xA7D4, 0], [0xA7DA, 0xA7DC, 0],
  [0xA7F1, 0xA7F1, 0], [0xFBC3, 0xFBD2, 0], [0xFD90, 0xFD91, 0], [0xFDC8, 0xFDCE, 0],
  [0x105C0, 0x105F3, 0], [0x10940, 0x10959, 0], [0x10D40, 0x10D65, 0], [0x10D69, 0x10D85, 0],
  [0x10D8E, 0x10D8F, 0], [0x10EC2, 0x10EC7, 0], [0x10ED0, 0x10ED8, 0], [0x10EFA, 0x10EFF, 0],
  [0x1123F, 0x11241, 0], [0x11380, 0x11389, 0], [0x1138B, 0x1138B, 0], [0x1138E, 0x1138E, 0],
  [0x11390, 0x113B5, 0], [0x113B7, 0x113C0, 0], [0x113C2, 0x113C2, 0], [0x113C5, 0x113C5, 0],
  [0x113C7, 0x113CA, 0], [0x113CC, 0x113D5, 0], [0x113D7, 0x113D8, 0], [0x113E1, 0x113E2, 0],
  [0x116D0, 0x116E3, 0], [0x11B00, 0x11B09, 0], [0x11B60, 0x11B67, 0], [0x11BC0, 0x11BE1, 0],
  [0x11BF0, 0x11BF9, 0], [0x11DB0, 0x11DDB, 0], [0x11DE0, 0x11DE9, 0], [0x11F00, 0x11F10, 0],
  [0x11F12, 0x11F3A, 0], [0x11F3E, 0x11F5A, 0], [0x1342F, 0x1342F, 0], [0x13440, 0x13455, 0],
  [0x13460, 0x143FA, 0], [0x16100, 0x16139, 0], [0x16D40, 0x16D79, 0], [0x16EA0, 0x16EB8, 0],
  [0x16EBB, 0x16ED3, 0], [0x16FF2, 0x16FF6, 0], [0x187F8, 0x187FF, 0], [0x18CFF, 0x18CFF, 0],
  [0x18D09, 0x18D1E, 0], [0x18D80, 0x18DF2, 0], [0x1B132, 0x1B132, 0], [0x1B155, 0x1B155, 0],
  [0x1CC00, 0x1CCFC, 0], [0x1CD00, 0x1CEB3, 0], [0x1CEBA, 0x1CED0, 0], [0x1CEE0, 0x1CEF0, 0],
  [0x1D2C0, 0x1D2D3, 0], [0x1DF25, 0x1DF2A, 0], [0x1E030, 0x1E06D, 0], [0x1E08F, 0x1E08F, 0],
  [0x1E4D0, 0x1E4F9, 0], [0x1E5D0, 0x1E5FA, 0], [0x1E5FF, 0x1E5FF, 0], [0x1E6C0, 0x1E6DE, 0],
  [0x1E6E0, 0x1E6F5, 0], [0x1E6FE, 0x1E6FF, 0], [0x1F6D8, 0x1F6D8, 0], [0x1F6DC, 0x1F6DC, 0],
  [0x1F774, 0x1F77F, 0], [0x1F7D9, 0x1F7D9, 0], [0x1F8B2, 0x1F8BB, 0], [0x1F8C0, 0x1F8C1, 0],
  [0x1F8D0, 0x1F8D8, 0], [0x1FA54, 0x1FA57, 0], [0x1FA75, 0x1FA77, 0], [0x1FA87, 0x1FA8A, 0],
  [0x1FA8E, 0x1FA8F, 0], [0x1FAAD, 0x1FAAF, 0], [0x1FABB, 0x1FABF, 0], [0x1FAC6, 0x1FAC6, 0],
  [0x1FAC8, 0x1FAC8, 0], [0x1FACD, 0x1FACF, 0], [0x1FADA, 0x1FADC, 0], [0x1FADF, 0x1FADF, 0],
  [0x1FAE8, 0x1FAEA, 0], [0x1FAEF, 0x1FAEF, 0], [0x1FAF7, 0x1FAF8, 0], [0x1FBCB, 0x1FBEF, 0],
  [0x1FBFA, 0x1FBFA, 0], [0x2B739, 0x2B73F, 0], [0x2CEA2, 0x2CEAD, 0], [0x2EBF0, 0x2EE5D, 0],
  [0x31350, 0x33479, 0],
];

function isPrintable(ch: string, c: number): boolean {
  for (const [a, b, p] of PRINTABLE_FIXES) if (c >= a && c <= b) return p === 1;
  return ch === ' ' || !NONPRINTABLE.test(ch);
}

/** repr() of a Python str. */
export function pyStrRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 0x7f) out += ch;
    else if (!isPrintable(ch, c) || (c >= 0xd800 && c < 0xe000)) {
      if (c <= 0xff) out += '\\x' + c.toString(16).padStart(2, '0');
      else if (c <= 0xffff) out += '\\u' + c.toString(16).padStart(4, '0');
      else out += '\\U' + c.toString(16).padStart(8, '0');
    } else out += ch;
  }
  return out + quote;
}

/** repr() of a Python bytes. */
export function pyBytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) { if (c === 39) hasSingle = true; if (c === 34) hasDouble = true; }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (const c of b) {
    const ch = String.fromCharCode(c);
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}
