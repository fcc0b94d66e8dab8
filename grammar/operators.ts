// Builds expression trees from the flat operator sequences of the grammar
// (`primary (op primary)*`, each primary with its prefix operators), by
// precedence climbing. Precedences, low to high, as in
// https://docs.python.org/3.11/reference/expressions.html#operator-precedence
// Loops handle left-associative chains; recursion only grows with `**`
// chains (right-associative), and is bounded by a depth check.
import type { CstNode, IToken } from 'chevrotain';
import type { BoolOpKind, CmpOp, Expr, Operator, UnaryOpKind } from './ast';
import * as T from './tokens';

const OR = 1, AND = 2, NOT = 3, CMP = 4, UNARY = 11, POW = 12;

const BINARY: Record<string, [number, Operator]> = {
  '|': [5, 'BitOr'], '^': [6, 'BitXor'], '&': [7, 'BitAnd'], '<<': [8, 'LShift'], '>>': [8, 'RShift'],
  '+': [9, 'Add'], '-': [9, 'Sub'], '*': [10, 'Mult'], '/': [10, 'Div'], '//': [10, 'FloorDiv'],
  '%': [10, 'Mod'], '@': [10, 'MatMult'], '**': [POW, 'Pow'],
};
const COMPARE: Record<string, CmpOp> = {
  '<': 'Lt', '>': 'Gt', '==': 'Eq', '>=': 'GtE', '<=': 'LtE', '!=': 'NotEq', '<>': 'NotEq', in: 'In', is: 'Is',
};
const UNARY_OPS: Record<string, UnaryOpKind> = { '-': 'USub', '+': 'UAdd', '~': 'Invert', not: 'Not' };

/** What the builder needs from the CST visitor. */
export interface OperandHost {
  /** The primary without its prefix operators. */
  primaryCore(ch: any): Expr;
  startLine(e: Expr): number;
  startCol(e: Expr): number;
  endLine(e: Expr): number;
  endCol(e: Expr): number;
  failTok(msg: string, t: IToken): never;
  failAt(msg: string, line: number, col: number, endLine: number, endCol: number): never;
}

/** Deepest `**` nesting accepted; CPython's parser gives up earlier than a JS stack would. */
const MAX_DEPTH = 1000;

function precOf(t: IToken): number {
  const img = t.image;
  if (img === 'or') return OR;
  if (img === 'and') return AND;
  if (img === 'not' || COMPARE[img] !== undefined) return CMP;
  return BINARY[img][0];
}

export function buildOperators(host: OperandHost, prims: CstNode[], ops: IToken[]): Expr {
  let pos = 0; // next primary
  let oi = 0; // next operator token
  let depth = 0;

  const operand = (minPrec: number, skipNot: boolean): Expr => {
    const ch = prims[pos++].children as any;
    const prefixes: IToken[] | undefined = ch.prefix;
    let first = skipNot ? 1 : 0;
    if (prefixes) {
      let last = minPrec;
      for (let i = first; i < prefixes.length; i++) {
        const p = prefixes[i].tokenType === T.Not ? NOT : UNARY;
        if (p < last) host.failTok('invalid syntax', prefixes[i]);
        last = p;
      }
    }
    let e = host.primaryCore(ch);
    if (prefixes) {
      for (let i = prefixes.length - 1; i >= first; i--) {
        const p = prefixes[i];
        const isNot = p.tokenType === T.Not;
        // The operand of a prefix operator extends over the operators that
        // bind tighter: `-a ** b` is -(a ** b), `not a == b` is not (a == b).
        e = binary(e, isNot ? CMP : POW);
        e = {
          type: 'UnaryOp', op: UNARY_OPS[p.image], operand: e,
          lineno: p.startLine!, col_offset: p.startColumn! - 1,
          end_lineno: host.endLine(e), end_col_offset: host.endCol(e),
        };
      }
    }
    return e;
  };

  const binary = (left: Expr, minPrec: number): Expr => {
    while (oi < ops.length) {
      const t = ops[oi];
      const p = precOf(t);
      if (p < minPrec) break;
      if (p === CMP) {
        const cmpops: CmpOp[] = [];
        const comparators: Expr[] = [];
        while (oi < ops.length && precOf(ops[oi]) === CMP) {
          const o = ops[oi++];
          let op: CmpOp;
          let skipNot = false;
          if (o.tokenType === T.Not) {
            oi++; // `not in`
            op = 'NotIn';
          } else if (o.tokenType === T.Is && (prims[pos].children as any).prefix?.[0].tokenType === T.Not) {
            op = 'IsNot'; // `is not`: the `not` was read as a prefix of the next operand
            skipNot = true;
          } else op = COMPARE[o.image];
          cmpops.push(op);
          comparators.push(binary(operand(CMP + 1, skipNot), CMP + 1));
        }
        const last = comparators[comparators.length - 1];
        left = {
          type: 'Compare', left, ops: cmpops, comparators,
          lineno: host.startLine(left), col_offset: host.startCol(left),
          end_lineno: host.endLine(last), end_col_offset: host.endCol(last),
        };
      } else if (p === OR || p === AND) {
        const values = [left];
        while (oi < ops.length && ops[oi].image === t.image) {
          oi++;
          values.push(binary(operand(p + 1, false), p + 1));
        }
        const last = values[values.length - 1];
        left = {
          type: 'BoolOp', op: (p === OR ? 'Or' : 'And') as BoolOpKind, values,
          lineno: host.startLine(left), col_offset: host.startCol(left),
          end_lineno: host.endLine(last), end_col_offset: host.endCol(last),
        };
      } else {
        oi++;
        let right: Expr;
        if (p === POW) {
          // right-associative; its right operand may have prefixes: 2 ** -1
          if (++depth > MAX_DEPTH) host.failTok('too many nested parentheses', t);
          right = binary(operand(UNARY, false), POW);
          depth--;
        } else {
          right = binary(operand(p + 1, false), p + 1);
        }
        left = {
          type: 'BinOp', left, op: BINARY[t.image][1], right,
          lineno: host.startLine(left), col_offset: host.startCol(left),
          end_lineno: host.endLine(right), end_col_offset: host.endCol(right),
        };
      }
    }
    return left;
  };

  return binary(operand(0, false), 0);
}
