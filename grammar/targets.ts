// Assignment and deletion targets: the parser reads them as expressions;
// here they get their Store/Del context, or CPython's error when an
// expression cannot be a target (pegen's _PyPegen_get_invalid_target and
// _PyPegen_get_expr_name).
import type { Expr, ExprContext } from './ast';

/** How CPython names an expression in "cannot assign to %s". */
export function exprName(e: Expr): string {
  switch (e.type) {
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v.kind === 'None') return 'None';
      if (v.kind === 'bool') return v.value ? 'True' : 'False';
      if (v.kind === 'Ellipsis') return 'ellipsis';
      return 'literal';
    }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    case 'Repr': return 'repr';
    case 'Slice': return 'slice';
    default: return e.type.toLowerCase();
  }
}

/** The first sub-expression of `e` that cannot be assigned (or deleted), or null. */
export function invalidTarget(e: Expr, del: boolean): Expr | null {
  switch (e.type) {
    case 'Name': case 'Attribute': case 'Subscript': return null;
    case 'Starred': return del ? e : invalidTarget(e.value, del);
    case 'Tuple': case 'List':
      for (const x of e.elts) {
        const bad = invalidTarget(x, del);
        if (bad) return bad;
      }
      return null;
    default: return e;
  }
}

/** Gives `e` and its elements the context `ctx` (the target must be valid). */
export function setContext(e: Expr, ctx: ExprContext): void {
  switch (e.type) {
    case 'Name': case 'Attribute': case 'Subscript':
      e.ctx = ctx;
      return;
    case 'Starred':
      e.ctx = ctx;
      setContext(e.value, ctx);
      return;
    case 'Tuple': case 'List':
      e.ctx = ctx;
      for (const x of e.elts) setContext(x, ctx);
      return;
  }
}
