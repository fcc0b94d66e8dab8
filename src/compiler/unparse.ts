// Expression source text from the AST, for `from __future__ import
// annotations` (PEP 563): annotations are stored as the strings CPython's
// own unparser gives, so parentheses appear exactly where precedence needs
// them and literals are written in their repr form.

import type * as A from '../../grammar/ast';
import { strRepr } from '../objects/strutil';
import { floatRepr } from '../objects/float';
import { bytesRepr } from '../objects/bytesops';

// binding strength, loosest first
const enum P {
  Tuple,
  Test, // if-else, lambda
  Or,
  And,
  Not,
  Cmp,
  Expr, // also |
  Bxor,
  Band,
  Shift,
  Arith,
  Term,
  Factor,
  Power,
  Await,
  Atom,
}

const BINOP: Record<A.Operator, [string, P]> = {
  Add: ['+', P.Arith], Sub: ['-', P.Arith],
  Mult: ['*', P.Term], MatMult: ['@', P.Term], Div: ['/', P.Term], FloorDiv: ['//', P.Term], Mod: ['%', P.Term],
  LShift: ['<<', P.Shift], RShift: ['>>', P.Shift],
  BitOr: ['|', P.Expr], BitXor: ['^', P.Bxor], BitAnd: ['&', P.Band],
  Pow: ['**', P.Power],
};

const UNARY: Record<A.UnaryOpKind, string> = { Invert: '~', Not: 'not ', UAdd: '+', USub: '-' };

const CMP: Record<A.CmpOp, string> = {
  Eq: '==', NotEq: '!=', Lt: '<', LtE: '<=', Gt: '>', GtE: '>=', Is: 'is', IsNot: 'is not', In: 'in', NotIn: 'not in',
};

/** The source text of annotation e. */
export function unparse(e: A.Expr): string {
  return expr(e, P.Test);
}

function paren(cond: boolean, s: string): string {
  return cond ? `(${s})` : s;
}

function list(es: A.Expr[], level: P): string {
  return es.map((x) => expr(x, level)).join(', ');
}

function expr(e: A.Expr, level: P): string {
  switch (e.type) {
    case 'BoolOp': {
      const p = e.op === 'And' ? P.And : P.Or;
      return paren(level > p, e.values.map((v) => expr(v, p + 1)).join(e.op === 'And' ? ' and ' : ' or '));
    }
    case 'BinOp': {
      const [op, p] = BINOP[e.op];
      // ** groups to the right, everything else to the left
      const right = e.op === 'Pow';
      return paren(level > p, `${expr(e.left, right ? p + 1 : p)} ${op} ${expr(e.right, right ? p : p + 1)}`);
    }
    case 'UnaryOp': {
      const p = e.op === 'Not' ? P.Not : P.Factor;
      return paren(level > p, UNARY[e.op] + expr(e.operand, p));
    }
    case 'Lambda': {
      const a = args(e.args);
      return paren(level > P.Test, `lambda${a ? ' ' + a : ''}: ${expr(e.body, P.Test)}`);
    }
    case 'IfExp':
      return paren(level > P.Test, `${expr(e.body, P.Test + 1)} if ${expr(e.test, P.Test + 1)} else ${expr(e.orelse, P.Test)}`);
    case 'Dict':
      return `{${e.values.map((v, i) => {
        const k = e.keys[i];
        return k === null ? `**${expr(v, P.Expr)}` : `${expr(k, P.Test)}: ${expr(v, P.Test)}`;
      }).join(', ')}}`;
    case 'Set':
      return e.elts.length ? `{${list(e.elts, P.Test)}}` : '{*()}';
    case 'ListComp':
      return `[${expr(e.elt, P.Test)}${comps(e.generators)}]`;
    case 'SetComp':
      return `{${expr(e.elt, P.Test)}${comps(e.generators)}}`;
    case 'GeneratorExp':
      return `(${expr(e.elt, P.Test)}${comps(e.generators)})`;
    case 'DictComp':
      return `{${expr(e.key, P.Test)}: ${expr(e.value, P.Test)}${comps(e.generators)}}`;
    case 'Await':
      return paren(level > P.Await, `await ${expr(e.value, P.Atom)}`);
    case 'Yield':
      return e.value ? `(yield ${expr(e.value, P.Test)})` : '(yield)';
    case 'YieldFrom':
      return `(yield from ${expr(e.value, P.Test)})`;
    case 'Compare': {
      let s = expr(e.left, P.Cmp + 1);
      e.ops.forEach((op, i) => (s += ` ${CMP[op]} ${expr(e.comparators[i], P.Cmp + 1)}`));
      return paren(level > P.Cmp, s);
    }
    case 'Call': {
      const only = e.args.length === 1 && !e.keywords.length && e.args[0].type === 'GeneratorExp';
      const parts = only ? [expr(e.args[0], P.Test).slice(1, -1)] : e.args.map((x) => expr(x, P.Test));
      for (const k of e.keywords) parts.push(k.arg === null ? `**${expr(k.value, P.Expr)}` : `${k.arg}=${expr(k.value, P.Test)}`);
      return `${expr(e.func, P.Atom)}(${parts.join(', ')})`;
    }
    case 'FormattedValue':
    case 'JoinedStr':
      return 'f' + strRepr(fstringBody(e.type === 'JoinedStr' ? e.values : [e]));
    case 'Constant':
      return constant(e);
    case 'Attribute': {
      // `1 .real`: without the space the tokenizer would read a float
      const v = e.value;
      const dot = v.type === 'Constant' && v.value.kind === 'int' ? ' .' : '.';
      return `${expr(v, P.Atom)}${dot}${e.attr}`;
    }
    case 'Subscript': {
      const s = e.slice;
      let inner: string;
      if (s.type === 'Tuple' && s.elts.length) inner = s.elts.map(sliceItem).join(', ') + (s.elts.length === 1 ? ',' : '');
      else inner = sliceItem(s);
      return `${expr(e.value, P.Atom)}[${inner}]`;
    }
    case 'Starred':
      return `*${expr(e.value, P.Expr)}`;
    case 'Name':
      return e.id;
    case 'List':
      return `[${list(e.elts, P.Test)}]`;
    case 'Tuple':
      if (!e.elts.length) return '()';
      return paren(level > P.Tuple, list(e.elts, P.Test) + (e.elts.length === 1 ? ',' : ''));
    case 'NamedExpr':
      return paren(level > P.Tuple, `${expr(e.target, P.Atom)} := ${expr(e.value, P.Atom)}`);
    case 'Slice':
      return sliceItem(e);
    case 'Repr':
      return `repr(${expr(e.value, P.Test)})`;
  }
  return '...';
}

function sliceItem(e: A.Expr): string {
  if (e.type !== 'Slice') return expr(e, P.Tuple);
  let s = (e.lower ? expr(e.lower, P.Test) : '') + ':' + (e.upper ? expr(e.upper, P.Test) : '');
  if (e.step) s += ':' + expr(e.step, P.Test);
  return s;
}

function comps(gens: A.Comprehension[]): string {
  let s = '';
  for (const g of gens) {
    s += `${g.is_async ? ' async for ' : ' for '}${expr(g.target, P.Tuple)} in ${expr(g.iter, P.Test + 1)}`;
    for (const c of g.ifs) s += ` if ${expr(c, P.Test + 1)}`;
  }
  return s;
}

function args(a: A.Arguments): string {
  const out: string[] = [];
  const positional = [...a.posonlyargs, ...a.args];
  const firstDefault = positional.length - a.defaults.length;
  positional.forEach((p, i) => {
    out.push(i >= firstDefault ? `${p.arg}=${expr(a.defaults[i - firstDefault], P.Test)}` : p.arg);
    if (a.posonlyargs.length && i === a.posonlyargs.length - 1) out.push('/');
  });
  if (a.vararg) out.push('*' + a.vararg.arg);
  else if (a.kwonlyargs.length) out.push('*');
  a.kwonlyargs.forEach((p, i) => {
    const d = a.kw_defaults[i];
    out.push(d ? `${p.arg}=${expr(d, P.Test)}` : p.arg);
  });
  if (a.kwarg) out.push('**' + a.kwarg.arg);
  return out.join(', ');
}

function constant(e: A.Constant): string {
  const v = e.value;
  switch (v.kind) {
    case 'None':
      return 'None';
    case 'bool':
      return v.value ? 'True' : 'False';
    case 'int':
      return v.value.toString();
    case 'float':
      return number(v.value);
    case 'complex':
      return number(v.imag).replace(/\.0$/, '') + 'j';
    case 'str':
      return (e.kind === 'u' ? 'u' : '') + strRepr(v.value);
    case 'bytes':
      return bytesRepr(v.value);
    case 'Ellipsis':
      return '...';
  }
}

/** A float as source: infinity has no literal, so it is written 1e309. */
function number(x: number): string {
  if (x === Infinity) return '1e309';
  return floatRepr(x);
}

/** The text inside an f-string's quotes (before repr). */
function fstringBody(values: (A.Constant | A.FormattedValue | A.Expr)[]): string {
  let s = '';
  for (const v of values) {
    if (v.type === 'Constant' && v.value.kind === 'str') s += v.value.value.replace(/\{/g, '{{').replace(/\}/g, '}}');
    else if (v.type === 'FormattedValue') {
      let inner = expr(v.value, P.Test + 1);
      if (inner.startsWith('{')) inner = ' ' + inner;
      s += '{' + inner;
      if (v.conversion > 0) s += '!' + String.fromCharCode(v.conversion);
      if (v.format_spec) s += ':' + fstringBody(v.format_spec.values);
      s += '}';
    }
  }
  return s;
}
