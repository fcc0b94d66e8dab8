// Facts about expressions the compiler asks before emitting code: whether
// evaluating one can suspend the frame (susp), and whether CPython's AST
// optimizer would fold it into a constant (isFoldable).

import type * as A from '../../grammar/ast';

export function susp(e: A.Expr | null | undefined): boolean {
  if (!e) return false;
  const c = cache.get(e);
  if (c !== undefined) return c;
  const r = computeSusp(e);
  cache.set(e, r);
  return r;
}
const cache = new WeakMap<object, boolean>();

function computeSusp(e: A.Expr): boolean {
  switch (e.type) {
    case 'Call':
    case 'Yield':
    case 'YieldFrom':
    case 'Await':
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
    case 'GeneratorExp':
      return true;
    case 'Constant':
    case 'Name':
    case 'Lambda':
      return false;
    case 'BoolOp':
      return e.values.some(susp);
    case 'NamedExpr':
      return susp(e.value);
    case 'BinOp':
      return susp(e.left) || susp(e.right);
    case 'UnaryOp':
      return susp(e.operand);
    case 'IfExp':
      return susp(e.test) || susp(e.body) || susp(e.orelse);
    case 'Dict':
      return e.keys.some(susp) || e.values.some(susp);
    case 'Set':
    case 'List':
    case 'Tuple':
      return e.elts.some(susp);
    case 'Compare':
      return susp(e.left) || e.comparators.some(susp);
    case 'FormattedValue':
      return susp(e.value) || susp(e.format_spec);
    case 'JoinedStr':
      return e.values.some(susp);
    case 'Attribute':
    case 'Starred':
    case 'Repr':
      return susp(e.value);
    case 'Subscript':
      return susp(e.value) || susp(e.slice);
    case 'Slice':
      return susp(e.lower) || susp(e.upper) || susp(e.step);
  }
  return true;
}

/** An expression CPython's AST optimizer folds into a constant: literals,
 * and unary/binary arithmetic on them within its size limits (roughly). */
export function isFoldable(e: A.Expr): boolean {
  if (e.type === 'Constant') return e.value.kind !== 'bytes' || e.value.value.length <= 4096;
  if (e.type === 'UnaryOp') return e.op !== 'Not' && isNumber(e.operand);
  if (e.type === 'BinOp') {
    if (!isNumber(e.left) || !isNumber(e.right)) return false;
    const l = intOf(e.left), r = intOf(e.right);
    if (e.op === 'Div' || e.op === 'FloorDiv' || e.op === 'Mod') return r !== 0n && !(e.right.type === 'Constant' && e.right.value.kind === 'float' && e.right.value.value === 0);
    if (l === null || r === null) return e.op !== 'Pow';
    const bits = (x: bigint) => (x < 0n ? -x : x).toString(2).length;
    if (e.op === 'Pow') return r >= 0n && BigInt(bits(l)) * r <= 128n;
    if (e.op === 'LShift') return r >= 0n && BigInt(bits(l)) + r <= 128n;
    if (e.op === 'Mult') return bits(l) + bits(r) <= 128;
    return true;
  }
  return false;
}

function isNumber(e: A.Expr): boolean {
  if (e.type === 'UnaryOp') return e.op !== 'Not' && isNumber(e.operand);
  return e.type === 'Constant' && (e.value.kind === 'int' || e.value.kind === 'float' || e.value.kind === 'complex' || e.value.kind === 'bool');
}

function intOf(e: A.Expr): bigint | null {
  if (e.type === 'UnaryOp' && e.op === 'USub') {
    const v = intOf(e.operand);
    return v === null ? null : -v;
  }
  return e.type === 'Constant' && e.value.kind === 'int' ? e.value.value : null;
}
