// Expression code generation. An expression compiles to a JS expression
// string; calls, yields and other suspension points inside it are hoisted
// into statements before it (each with its resume label), and operands that
// must survive such a point are spilled into frame slots first, keeping
// Python's left-to-right evaluation order.

import type * as A from '../../grammar/ast';
import { CodeBuilder, jsStr } from './emit';
import { Sc, mangle, type Scope } from './symtable';
import { CompileError } from './errors';
import { susp, isFoldable } from './exprinfo';

export { susp };

/** What an expression compiler needs from the unit being compiled. */
export interface UnitCtx {
  /** A JS expression naming constant object v (added to K). */
  konst(v: unknown): string;
  /** Compiles a nested scope (function, lambda, class body, comprehension)
   * and returns the JS expression of its code object. */
  nested(node: A.Node, name: string, qualname: string): string;
  py2: boolean;
  filename: string;
  /** Makes a constant for a parsed literal. */
  constValue(c: A.ConstValue): string;
  /** A new inline-cache object for one attribute/method site. */
  icSite(): string;
  globalSite(): string;
}

/** JS operators comparing raw doubles as Python compares floats. */
const FLOAT_CMP: Partial<Record<A.CmpOp, string>> = { Lt: '<', LtE: '<=', Gt: '>', GtE: '>=', Eq: '===', NotEq: '!==' };

const BINOPS: Record<A.Operator, string> = {
  Add: 'add', Sub: 'sub', Mult: 'mul', MatMult: 'matmul', Div: 'truediv', Mod: 'mod', Pow: 'pow',
  LShift: 'lshift', RShift: 'rshift', BitOr: 'or_', BitXor: 'xor', BitAnd: 'and_', FloorDiv: 'floordiv',
};
const CMPOPS: Record<string, string> = { Eq: 'eq', NotEq: 'ne', Lt: 'lt', LtE: 'le', Gt: 'gt', GtE: 'ge' };


export class ExprCompiler extends CodeBuilder {
  /** slot index of each fast local, cell and free variable */
  slots = new Map<string, number>();
  /** names known to be always bound (parameters never deleted) */
  alwaysBound = new Set<string>();
  className: string | null = null;
  isGenerator = false;

  constructor(public u: UnitCtx, public scope: Scope, public qualname: string) {
    super();
  }

  get fnScope(): boolean {
    return this.scope.isFunctionLike;
  }

  // ---- suspension -----------------------------------------------------------

  /** Emits a call-like operation that may return SUSPEND and returns the JS
   * expression holding its result ('r'). */
  suspend(js: string): string {
    const k = this.newLabel();
    this.labelPos[k] = this.pendingPos;
    this.pendingPos = -1;
    this.emit(`r = ${js};`);
    this.emit(`if (r === S) { f.pc = ${k}; return S; }`);
    this.place(k);
    return 'r';
  }

  /** Yields value v to the consumer; the expression's value is what is sent back. */
  yieldValue(v: string): string {
    const k = this.newLabel();
    this.emit(`f.pc = ${k}; return ${v};`);
    this.place(k);
    return 'r';
  }

  /** True when evaluating js later gives the same value (constants, locals,
   * frame temporaries). */
  stable(js: string): boolean {
    return /^(L\[\d+\]|-?\d+|true|false|None|Ellipsis|NotImplemented|k\d+|"(?:[^"\\]|\\.)*")$/.test(js);
  }

  /** Moves js into a frame temp unless it is stable. */
  spill(js: string): string {
    if (this.stable(js)) return js;
    const t = this.temp();
    this.emit(`${t} = ${js};`);
    return t;
  }

  /** Evaluates expressions left to right, spilling values that must
   * survive a later suspension point. */
  exprList(es: A.Expr[]): string[] {
    const out: string[] = [];
    for (let i = 0; i < es.length; i++) {
      let v = this.expr(es[i]);
      if (es.slice(i + 1).some(susp)) v = this.spill(v);
      out.push(v);
    }
    return out;
  }

  /** Spills a value when a later expression of the same statement suspends. */
  keep(v: string, ...later: (A.Expr | null | undefined)[]): string {
    return later.some(susp) ? this.spill(v) : v;
  }

  // ---- names ----------------------------------------------------------------

  mangled(name: string): string {
    return mangle(this.className, name);
  }

  scopeOf(name: string): Sc | undefined {
    return this.scope.scopes.get(name);
  }

  /** Declared `nonlocal` in this scope (class bodies then use the cell). */
  isNonlocal(name: string): boolean {
    return ((this.scope.defs.get(name) ?? 0) & 8) !== 0;
  }

  /** An attribute name as a JS string literal (recorded in co_names). */
  attr(a: string): string {
    const n = this.mangled(a);
    this.names.add(n);
    return jsStr(n);
  }

  /** True when name lives in a namespace dict (globals, module or class body). */
  private byDict(name: string, sc: Sc | undefined): boolean {
    const k = this.scope.kind;
    return k === 'module' || k === 'class' || !(sc === Sc.Local || sc === Sc.Cell || sc === Sc.Free);
  }

  loadName(id: string, node: A.Pos): string {
    const name = this.mangled(id);
    const sc = this.scopeOf(name);
    const s = jsStr(name);
    if (this.byDict(name, sc)) this.names.add(name);
    if (this.scope.kind === 'class') {
      if (sc === Sc.GlobalExplicit) return `R.gl(G, B, ${s})`;
      if (this.isNonlocal(name)) return `R.deref(L[${this.slots.get(name)}], ${s}, 1)`;
      if (sc === Sc.Free && this.slots.has(name) && !(this.scope.defs.get(name)! & 3)) {
        return `R.classDeref(N, L[${this.slots.get(name)}], ${s})`;
      }
      return `R.nl(N, G, B, ${s}, f.p = ${this.span(node)})`;
    }
    if (this.scope.kind === 'module') return `R.nl(N, G, B, ${s}, f.p = ${this.span(node)})`;
    switch (sc) {
      case Sc.Local: {
        const i = this.slots.get(name)!;
        if (this.alwaysBound.has(name)) return `L[${i}]`;
        const v = this.js();
        return `((${v} = L[${i}]) !== undefined ? ${v} : R.unboundLocal(${s}, f.p = ${this.span(node)}))`;
      }
      case Sc.Cell:
      case Sc.Free:
        return `R.deref(L[${this.slots.get(name)}], ${s}, ${sc === Sc.Free ? 1 : 0})`;
      default:
        return `R.glc(G, B, ${s}, ${this.u.globalSite()}, f.p = ${this.span(node)})`;
    }
  }

  /** Emits a store of JS value v into name id. */
  storeName(id: string, v: string): void {
    const name = this.mangled(id);
    const sc = this.scopeOf(name);
    const s = jsStr(name);
    if (this.byDict(name, sc)) this.names.add(name);
    if (this.scope.kind === 'module' || (this.scope.kind === 'class' && sc !== Sc.GlobalExplicit && !this.isNonlocal(name))) {
      this.emit(`R.nstore(N, ${s}, ${v});`);
      return;
    }
    switch (sc) {
      case Sc.Local:
        this.emit(`L[${this.slots.get(name)}] = ${v};`);
        return;
      case Sc.Cell:
      case Sc.Free:
        this.emit(`L[${this.slots.get(name)}].v = ${v};`);
        return;
      default:
        this.emit(`G.setS(${s}, ${v});`);
    }
  }

  delName(id: string): void {
    const name = this.mangled(id);
    const sc = this.scopeOf(name);
    const s = jsStr(name);
    if (this.byDict(name, sc)) this.names.add(name);
    if (this.scope.kind === 'module' || (this.scope.kind === 'class' && sc !== Sc.GlobalExplicit && !this.isNonlocal(name))) {
      this.emit(`R.ndel(N, ${s});`);
      return;
    }
    switch (sc) {
      case Sc.Local: {
        const i = this.slots.get(name)!;
        this.emit(`if (L[${i}] === undefined) throw R.unboundLocal(${s}); L[${i}] = undefined;`);
        return;
      }
      case Sc.Cell:
      case Sc.Free: {
        const i = this.slots.get(name)!;
        this.emit(`R.deref(L[${i}], ${s}, ${sc === Sc.Free ? 1 : 0}); L[${i}].v = undefined;`);
        return;
      }
      default:
        this.emit(`R.gdel(G, ${s});`);
    }
  }

  // ---- expressions ------------------------------------------------------------

  expr(e: A.Expr): string {
    switch (e.type) {
      case 'Constant':
        return this.u.constValue(e.value);
      case 'Name':
        return this.loadName(e.id, e);
      case 'Attribute': {
        const o = this.expr(e.value);
        return `R.getattrIC(${o}, ${this.attr(e.attr)}, ${this.u.icSite()}, f.p = ${this.span(e)})`;
      }
      case 'Subscript':
        return this.subscript(e);
      case 'BinOp': {
        const fused = this.fusedFloat(e);
        if (fused !== null) return fused;
        const l = this.keep(this.expr(e.left), e.right);
        const r = this.expr(e.right);
        const op = e.op === 'Div' && this.u.py2 ? 'py2div' : BINOPS[e.op];
        return `R.${op}(${l}, ${r}, f.p = ${this.span(e, 1, e.left.end_col_offset, e.right.col_offset)})`;
      }
      case 'UnaryOp': {
        // -1, -2.5: folded as CPython's compiler does (a call per use otherwise)
        const o = e.operand;
        if (e.op === 'USub' && o.type === 'Constant') {
          if (o.value.kind === 'int') return this.u.constValue({ kind: 'int', value: -o.value.value });
          if (o.value.kind === 'float') return this.u.constValue({ kind: 'float', value: -o.value.value });
        }
        const v = this.expr(e.operand);
        switch (e.op) {
          case 'Not':
            return `!R.truthy(${v})`;
          case 'USub':
            return `R.neg(${v})`;
          case 'UAdd':
            return `R.pos(${v})`;
          case 'Invert':
            return `R.invert(${v})`;
        }
        break;
      }
      case 'BoolOp':
        return this.boolOp(e);
      case 'Compare':
        return this.compare(e, false);
      case 'IfExp':
        return this.ifExp(e);
      case 'NamedExpr': {
        const v = this.spill(this.expr(e.value));
        this.storeWalrus(e.target.id, v);
        return v;
      }
      case 'Lambda':
        return this.makeFunction(e, '<lambda>', e.args, null);
      case 'Tuple':
        return this.sequence(e.elts, 'tuple');
      case 'List':
        return this.sequence(e.elts, 'list');
      case 'Set':
        return this.sequence(e.elts, 'set');
      case 'Dict':
        return this.dict(e);
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp':
        return this.comprehension(e);
      case 'Await': {
        const v = this.expr(e.value);
        return this.delegate(`R.getAwaitable(${v})`);
      }
      case 'Yield': {
        const v = e.value ? this.expr(e.value) : 'None';
        // in an async generator, yield completes the pending __anext__()
        return this.yieldValue(this.scope.isCoroutine ? `R.agWrap(${v})` : v);
      }
      case 'YieldFrom': {
        const v = this.expr(e.value);
        return this.delegate(`R.yfIter(${v})`);
      }
      case 'Call':
        return this.call(e);
      case 'JoinedStr':
        return this.joinedStr(e);
      case 'FormattedValue':
        return this.formattedValue(e);
      case 'Starred':
        throw new CompileError("can't use starred expression here", e);
      case 'Slice':
        return this.slice(e);
      case 'Repr':
        return `R.repr(${this.expr(e.value)})`;
    }
    throw new CompileError(`unsupported expression ${(e as A.Expr).type}`, e);
  }

  private storeWalrus(id: string, v: string): void {
    if (this.scope.kind === 'comprehension' && this.scope.compWalrus.has(id)) {
      // binds in the enclosing function: through a cell
      const i = this.slots.get(this.mangled(id));
      if (i !== undefined) {
        this.emit(`L[${i}].v = ${v};`);
        return;
      }
      this.emit(`G.setS(${jsStr(id)}, ${v});`);
      return;
    }
    this.storeName(id, v);
  }

  /** A JS boolean for a condition. */
  cond(e: A.Expr): string {
    if (e.type === 'UnaryOp' && e.op === 'Not') return `!(${this.cond(e.operand)})`;
    if (e.type === 'Compare' && e.ops.length === 1) return this.compare(e, true);
    if (e.type === 'BoolOp' && !e.values.slice(1).some(susp)) {
      return '(' + e.values.map((v) => this.cond(v)).join(e.op === 'And' ? ' && ' : ' || ') + ')';
    }
    if (e.type === 'Constant' && e.value.kind === 'bool') return String(e.value.value);
    return `R.truthy(${this.expr(e)})`;
  }

  private subscript(e: A.Subscript): string {
    const o = this.keep(this.expr(e.value), e.slice);
    const s = e.slice;
    if (s.type === 'Slice') {
      const lo = this.keep(s.lower ? this.expr(s.lower) : 'None', s.upper, s.step);
      const hi = this.keep(s.upper ? this.expr(s.upper) : 'None', s.step);
      const st = s.step ? this.expr(s.step) : 'None';
      return `R.getslice(${o}, ${lo}, ${hi}, ${st}, f.p = ${this.subscriptSpan(e)})`;
    }
    return `R.getitem(${o}, ${this.expr(s)}, f.p = ${this.subscriptSpan(e)})`;
  }

  /** Span of a subscript: `~` under the value, `^` under the brackets. */
  subscriptSpan(e: A.Subscript): number {
    return this.span(e, 2, e.value.end_col_offset, e.slice.end_col_offset);
  }

  slice(e: A.Slice): string {
    const [lo, hi, st] = this.exprList([e.lower, e.upper, e.step].map((x) => x ?? NONE));
    return `R.mkslice(${lo}, ${hi}, ${st})`;
  }

  private boolOp(e: A.BoolOp): string {
    if (!e.values.slice(1).some(susp)) {
      // JS short-circuit with a scratch holding the deciding value
      let acc = this.expr(e.values[0]);
      for (const v of e.values.slice(1)) {
        const t = this.js();
        const next = this.expr(v);
        acc = e.op === 'And' ? `(R.truthy(${t} = ${acc}) ? ${next} : ${t})` : `(R.truthy(${t} = ${acc}) ? ${t} : ${next})`;
      }
      return acc;
    }
    const res = this.temp();
    const end = this.newLabel();
    for (let i = 0; i < e.values.length; i++) {
      this.emit(`${res} = ${this.expr(e.values[i])};`);
      if (i < e.values.length - 1) {
        this.emit(`if (${e.op === 'And' ? '!' : ''}R.truthy(${res})) { pc = ${end}; continue; }`);
      }
    }
    this.place(end);
    return res;
  }

  private ifExp(e: A.IfExp): string {
    if (!susp(e.body) && !susp(e.orelse)) {
      const c = this.cond(e.test);
      return `(${c} ? ${this.expr(e.body)} : ${this.expr(e.orelse)})`;
    }
    const res = this.temp();
    const els = this.newLabel(), end = this.newLabel();
    this.emit(`if (!(${this.cond(e.test)})) { pc = ${els}; continue; }`);
    this.emit(`${res} = ${this.expr(e.body)};`);
    this.jump(end);
    this.place(els);
    this.emit(`${res} = ${this.expr(e.orelse)};`);
    this.place(end);
    return res;
  }

  /** One comparison: as a Python value, or (asBool) a JS boolean. */
  private cmp1(op: A.CmpOp, l: string, r: string, asBool: boolean): string {
    switch (op) {
      case 'Is':
        return `(${l} === ${r})`;
      case 'IsNot':
        return `(${l} !== ${r})`;
      case 'In':
        return `R.contains(${r}, ${l})`;
      case 'NotIn':
        return `!R.contains(${r}, ${l})`;
    }
    return asBool ? `R.${CMPOPS[op]}B(${l}, ${r})` : `R.${CMPOPS[op]}(${l}, ${r})`;
  }

  private compare(e: A.Compare, asBool: boolean): string {
    const n = e.ops.length;
    if (n === 1) {
      const fused = this.fusedCompare(e, asBool);
      if (fused !== null) return fused;
      const l = this.keep(this.expr(e.left), e.comparators[0]);
      return this.cmp1(e.ops[0], l, this.expr(e.comparators[0]), asBool);
    }
    if (!e.comparators.some(susp)) {
      // a < b < c  ->  (t1 = a < (m = b), truthy(t1) ? m < c : t1)
      let left = this.expr(e.left);
      const parts: string[] = [];
      for (let i = 0; i < n; i++) {
        const mid = this.js();
        const rhs = this.expr(e.comparators[i]);
        const last = i === n - 1;
        const c = this.cmp1(e.ops[i], left, last ? rhs : `(${mid} = ${rhs})`, true);
        parts.push(c);
        left = mid;
      }
      const all = '(' + parts.join(' && ') + ')';
      return asBool ? all : all;
    }
    const res = this.temp();
    const end = this.newLabel();
    let left = this.spill(this.expr(e.left));
    for (let i = 0; i < n; i++) {
      const right = this.spill(this.expr(e.comparators[i]));
      this.emit(`${res} = ${this.cmp1(e.ops[i], left, right, false)};`);
      if (i < n - 1) this.emit(`if (!R.truthy(${res})) { pc = ${end}; continue; }`);
      left = right;
    }
    this.place(end);
    return asBool ? `R.truthy(${res})` : res;
  }

  private sequence(elts: A.Expr[], kind: 'tuple' | 'list' | 'set'): string {
    const hasStar = elts.some((x) => x.type === 'Starred');
    if (!hasStar) {
      const vs = this.exprList(elts);
      if (kind === 'tuple') return `R.tuple([${vs.join(', ')}])`;
      if (kind === 'list') return `R.list([${vs.join(', ')}])`;
      // CPython builds an all-constant display of 3+ items from a frozenset
      // constant, which orders the table differently
      if (elts.length > 2 && elts.every(isFoldable)) return `R.constSet([${vs.join(', ')}])`;
      return `R.set([${vs.join(', ')}])`;
    }
    const parts = this.exprList(elts.map((x) => (x.type === 'Starred' ? x.value : x)));
    const star = kind === 'set' ? 'R.star' : 'R.starSeq';
    const items = elts.map((x, i) => (x.type === 'Starred' ? `${star}(${parts[i]})` : `[${parts[i]}]`));
    const arr = `[].concat(${items.join(', ')})`;
    if (kind === 'tuple') return `R.tuple(${arr})`;
    if (kind === 'list') return `R.list(${arr})`;
    return `R.set(${arr})`;
  }

  private dict(e: A.Dict): string {
    const flat: A.Expr[] = [];
    e.keys.forEach((k, i) => {
      if (k) flat.push(k);
      flat.push(e.values[i]);
    });
    const vs = this.exprList(flat);
    const d = this.js();
    let code = `(${d} = R.dict(), `;
    let j = 0;
    e.keys.forEach((k) => {
      if (k) {
        code += `R.dictSet(${d}, ${vs[j]}, ${vs[j + 1]}), `;
        j += 2;
      } else {
        code += `R.dictUpdate(${d}, ${vs[j]}), `;
        j += 1;
      }
    });
    return code + `${d})`;
  }

  // ---- calls ---------------------------------------------------------------------

  call(e: A.Call): string {
    const special = this.specialCall(e);
    if (special !== null) return special;
    const pos = this.span(e);
    const r = this.callInner(e, pos);
    return r;
  }

  private callInner(e: A.Call, pos: number): string {
    const hasStar = e.args.some((a) => a.type === 'Starred') || e.keywords.some((k) => k.arg === null);
    const argExprs = [...e.args.map((a) => (a.type === 'Starred' ? a.value : a)), ...e.keywords.map((k) => k.value)];
    // super().m(...)
    const sup = e.func.type === 'Attribute' && !hasStar ? this.zeroArgSuper(e.func.value) : null;
    if (sup !== null && e.func.type === 'Attribute') {
      const name = this.attr(e.func.attr);
      const args = this.exprList(argExprs);
      const kw = e.keywords.length ? this.u.konst(e.keywords.map((k) => k.arg)) : 'null';
      return this.callAt(pos, `R.superMethodCall(t, ${sup}, ${name}, [${args.join(', ')}], ${kw}, ${this.u.icSite()}, f.p = ${pos})`);
    }
    // method call: o.m(...)
    if (e.func.type === 'Attribute' && !hasStar) {
      const o = this.keep(this.expr(e.func.value), ...argExprs);
      const name = this.attr(e.func.attr);
      const args = this.exprList(argExprs);
      const ic = this.u.icSite();
      if (!e.keywords.length) {
        if (args.length === 0) return this.callAt(pos, `R.callm0IC(t, ${o}, ${name}, ${ic}, f.p = ${pos})`);
        if (args.length === 1) return this.callAt(pos, `R.callm1IC(t, ${o}, ${name}, ${args[0]}, ${ic}, f.p = ${pos})`);
        if (args.length === 2) return this.callAt(pos, `R.callm2IC(t, ${o}, ${name}, ${args[0]}, ${args[1]}, ${ic}, f.p = ${pos})`);
        return this.callAt(pos, `R.callmIC(t, ${o}, ${name}, [${args.join(', ')}], null, ${ic}, f.p = ${pos})`);
      }
      const kw = this.u.konst(e.keywords.map((k) => k.arg));
      return this.callAt(pos, `R.callmIC(t, ${o}, ${name}, [${args.join(', ')}], ${kw}, ${ic}, f.p = ${pos})`);
    }
    const fn = this.keep(this.expr(e.func), ...argExprs);
    if (!hasStar) {
      const args = this.exprList(argExprs);
      if (!e.keywords.length) {
        if (args.length <= 3) return this.callAt(pos, `R.call${args.length}(t, ${fn}${args.map((a) => ', ' + a).join('')}, f.p = ${pos})`);
        return this.callAt(pos, `R.callV(t, ${fn}, [${args.join(', ')}], null, f.p = ${pos})`);
      }
      const kw = this.u.konst(e.keywords.map((k) => k.arg));
      return this.callAt(pos, `R.callV(t, ${fn}, [${args.join(', ')}], ${kw}, f.p = ${pos})`);
    }
    // f(*a, x, **k, y=1)
    const vals = this.exprList(argExprs);
    const parts = e.args.map((a, i) => (a.type === 'Starred' ? `R.starArg(${vals[i]}, ${fn})` : `[${vals[i]}]`));
    const posJs = parts.length ? `R.tuple([].concat(${parts.join(', ')}))` : 'null';
    let kwJs = 'null';
    if (e.keywords.length) {
      const d = this.js();
      let code = `(${d} = R.dict(), `;
      e.keywords.forEach((k, i) => {
        const v = vals[e.args.length + i];
        code += k.arg === null ? `R.kwUpdate(${d}, ${v}, ${fn}), ` : `R.kwSet(${d}, ${jsStr(k.arg)}, ${v}, ${fn}), `;
      });
      kwJs = code + `${d})`;
    }
    return this.callAt(pos, `R.callEx(t, ${fn}, ${posJs}, ${kwJs}, f.p = ${pos})`);
  }

  /** Emits a call (JS js) whose resume label remembers source span pos. */
  callAt(pos: number, js: string): string {
    this.pendingPos = pos;
    return this.suspend(js);
  }

  /** Calls that compile specially: super() with no arguments. */
  private specialCall(e: A.Call): string | null {
    const sup = this.zeroArgSuper(e);
    return sup === null ? null : `R.superCall(${sup})`;
  }

  /** For `super()` in a function: the JS arguments (super, __class__ cell,
   * first argument) of R.superCall; else null. */
  private zeroArgSuper(e: A.Expr): string | null {
    if (e.type !== 'Call' || e.func.type !== 'Name' || e.func.id !== 'super' || e.args.length || e.keywords.length || !this.fnScope) return null;
    const sc = this.scopeOf('super');
    if (sc !== Sc.GlobalImplicit && sc !== undefined) return null;
    const cls = this.slots.get('__class__');
    const first = this.scope.params[0];
    const firstSlot = first !== undefined ? this.slots.get(first) : undefined;
    const firstJs = firstSlot === undefined ? 'undefined' : this.scopeOf(first) === Sc.Cell ? `L[${firstSlot}].v` : `L[${firstSlot}]`;
    const fnJs = this.loadName('super', e.func);
    return `${fnJs}, ${cls === undefined ? 'undefined' : `L[${cls}]`}, ${firstJs}`;
  }

  // ---- float arithmetic ---------------------------------------------------------

  /** `dx * dx + dy * dy`: a tree of + - * over function locals and float
   * constants, computed on raw doubles when every local holds an exact
   * float (one result object instead of one per operation), else by the
   * usual code. The leaves have no side effects, so evaluating them first
   * (and again on the fallback path) changes nothing; IEEE doubles give
   * CPython's results, and these three operations never raise on floats. */
  private fusedFloat(e: A.Expr & { type: 'BinOp' }): string | null {
    if (this.noFuse > 0 || this.scope.kind !== 'function') return null;
    const locals = new Map<string, string>();
    const st = { ops: 0 };
    const body = this.floatTree(e, locals, st);
    if (body === null || st.ops < 2 || locals.size === 0) return null;
    // the usual code for the fallback (compiled with fusion off for this tree)
    const l = this.keep(this.exprNoFuse(e.left), e.right);
    const r = this.exprNoFuse(e.right);
    const generic = `R.${BINOPS[e.op]}(${l}, ${r}, f.p = ${this.span(e, 1, e.left.end_col_offset, e.right.col_offset)})`;
    return `(${this.floatChecks(locals)} ? new R.PyFloat(${body}) : ${generic})`;
  }

  /** `zr2 + zi2 > 4.0`: a comparison of two such trees (one operation at
   * least), compared on raw doubles, so that the sum is never boxed. JS
   * comparisons of doubles are IEEE's, as CPython's of floats. */
  private fusedCompare(e: A.Compare, asBool: boolean): string | null {
    if (this.noFuse > 0 || this.scope.kind !== 'function' || e.ops.length !== 1) return null;
    const js = FLOAT_CMP[e.ops[0]];
    if (js === undefined) return null;
    const locals = new Map<string, string>();
    const st = { ops: 0 };
    const l = this.floatTree(e.left, locals, st);
    if (l === null) return null;
    const r = this.floatTree(e.comparators[0], locals, st);
    if (r === null || st.ops < 1 || locals.size === 0) return null;
    // the usual code for the fallback, as in fusedFloat
    const gl = this.keep(this.exprNoFuse(e.left), e.comparators[0]);
    const generic = this.cmp1(e.ops[0], gl, this.exprNoFuse(e.comparators[0]), asBool);
    return `(${this.floatChecks(locals)} ? ${l} ${js} ${r} : ${generic})`;
  }

  /** `b[3] -= dx * m2`, `s += x * y`: the new value of an augmented
   * assignment with + - * whose value is a float tree (one operation at
   * least), computed on raw doubles when the current value `cur` (already
   * read, as Python reads it before the value) and the tree's locals are
   * exact floats; else null. Floats have no in-place operators, so the
   * fused result is the binary one's. */
  protected fusedAug(op: A.Operator, cur: string, value: A.Expr, generic: (cur: string, v: string) => string): string | null {
    const js = op === 'Add' ? '+' : op === 'Sub' ? '-' : op === 'Mult' ? '*' : null;
    if (js === null || this.noFuse > 0 || this.scope.kind !== 'function') return null;
    const locals = new Map<string, string>();
    const st = { ops: 0 };
    const body = this.floatTree(value, locals, st);
    if (body === null || st.ops < 1) return null;
    const c = this.js();
    const checks = this.floatChecks(locals);
    return `((${c} = ${cur}) instanceof R.PyFloat && ${c}.cls === R.floatType && ${checks} ? new R.PyFloat(${c}.v ${js} ${body}) : ${generic(c, this.exprNoFuse(value))})`;
  }

  /** JS computing x on raw doubles, or null when x is not a tree of + - *
   * over function locals and float constants; `locals` gets a temporary
   * per local read, st.ops counts the operations. */
  private floatTree(x: A.Expr, locals: Map<string, string>, st: { ops: number }): string | null {
    if (x.type === 'BinOp') {
      const op = x.op === 'Add' ? '+' : x.op === 'Sub' ? '-' : x.op === 'Mult' ? '*' : null;
      if (op === null) return null;
      const l = this.floatTree(x.left, locals, st);
      if (l === null) return null;
      const r = this.floatTree(x.right, locals, st);
      if (r === null) return null;
      st.ops++;
      return `(${l} ${op} ${r})`;
    }
    if (x.type === 'Constant' && x.value.kind === 'float') return `${this.u.constValue(x.value)}.v`;
    if (x.type === 'Name') {
      const name = this.mangled(x.id);
      if (this.scopeOf(name) !== Sc.Local || !this.slots.has(name)) return null;
      let v = locals.get(name);
      if (v === undefined) locals.set(name, (v = this.js()));
      return `${v}.v`;
    }
    return null;
  }

  /** The test that every local of a float tree holds an exact float. */
  private floatChecks(locals: Map<string, string>): string {
    const checks: string[] = [];
    for (const [name, v] of locals) checks.push(`(${v} = L[${this.slots.get(name)}]) instanceof R.PyFloat && ${v}.cls === R.floatType`);
    return checks.join(' && ');
  }

  private noFuse = 0;

  private exprNoFuse(x: A.Expr): string {
    this.noFuse++;
    try {
      return this.expr(x);
    } finally {
      this.noFuse--;
    }
  }

  // ---- f-strings ------------------------------------------------------------------

  private joinedStr(e: A.JoinedStr): string {
    if (!e.values.length) return '""';
    const parts = this.exprList(e.values);
    if (parts.length === 1) return parts[0];
    // join() makes one flat string; `a + b + ...` would make a tree of cons
    // strings, and kept results (a list of formatted lines) then cost the
    // garbage collector several objects each (measured 1.5x on such a loop)
    return '[' + parts.join(', ') + "].join('')";
  }

  private formattedValue(e: A.FormattedValue): string {
    const v = this.keep(this.expr(e.value), e.format_spec);
    const spec = e.format_spec ? this.expr(e.format_spec) : '""';
    const conv = e.conversion === 115 ? 's' : e.conversion === 114 ? 'r' : e.conversion === 97 ? 'a' : '';
    if (!conv && spec === '""') return `R.fmt0(${v})`;
    return `R.fmt(${v}, ${jsStr(conv)}, ${spec})`;
  }

  // ---- yield from / await -------------------------------------------------------------

  /** yield from / await: delegate to a sub-iterator until it is exhausted;
   * the expression's value is the sub-iterator's return value. */
  delegate(iterJs: string): string {
    const it = this.temp();
    this.emit(`${it} = ${iterJs};`);
    const loop = this.newLabel(), resume = this.newLabel(), got = this.newLabel(), done = this.newLabel();
    this.emit(`r = None;`);
    this.place(loop);
    // send r into the sub-iterator (value in r; a thrown exception handled in resume)
    this.emit(`r = R.yfSend(t, ${it}, r);`);
    this.emit(`if (r === S) { f.pc = ${got}; return S; }`);
    this.place(got);
    this.emit(`if (r === STOP) { r = R.yfResult(${it}); f.yf = null; pc = ${done}; continue; }`);
    this.emit(`f.yf = ${it}; f.pc = ${resume}; return r;`);
    this.place(resume);
    // resumed by send/throw/close of our own generator
    this.emit(`f.yf = null;`);
    this.emit(`if (e = R.takeYfExc(t)) { r = R.yfThrow(t, ${it}, e); if (r === S) { f.pc = ${got}; return S; } pc = ${got}; continue; }`);
    this.jump(loop);
    this.place(done);
    this.freeTemp(it);
    return 'r';
  }

  // ---- functions and comprehensions -------------------------------------------

  /** Emits MAKE_FUNCTION for a def or lambda; returns the function's JS. */
  makeFunction(node: A.Node, name: string, args: A.Arguments, annotations: string | null): string {
    const defaults = args.defaults.length ? `[${this.exprList(args.defaults).join(', ')}]` : 'null';
    const d = defaults === 'null' ? 'null' : this.spill(defaults);
    let kwd = 'null';
    const kwNames: string[] = [];
    const kwVals: A.Expr[] = [];
    args.kwonlyargs.forEach((a, i) => {
      const def = args.kw_defaults[i];
      if (def) {
        kwNames.push(a.arg);
        kwVals.push(def);
      }
    });
    if (kwVals.length) {
      const vs = this.exprList(kwVals);
      kwd = this.spill(`R.kwdefaults(${this.u.konst(kwNames)}, [${vs.join(', ')}])`);
    }
    const qual = this.childQualname(name);
    const code = this.u.nested(node, name, qual);
    const cells = this.closureOf(node);
    return `R.mkfn(${code}, G, B, ${d}, ${kwd}, ${cells}, ${annotations ?? 'null'})`;
  }

  childQualname(name: string): string {
    if (this.scope.kind === 'module') return name;
    if (this.scope.kind === 'class') return `${this.qualname}.${name}`;
    return `${this.qualname}.<locals>.${name}`;
  }

  /** The JS array of cells a nested scope closes over. */
  closureOf(node: A.Node): string {
    const child = this.childScope(node);
    if (!child.freevars.length) return 'null';
    return '[' + child.freevars.map((n) => {
      const i = this.slots.get(n);
      if (i === undefined) throw new CompileError(`internal: no cell for '${n}'`, null);
      return `L[${i}]`;
    }).join(', ') + ']';
  }

  childScope(node: A.Node): Scope {
    const s = this.scope.children.find((c) => c.node === node);
    if (!s) throw new CompileError('internal: missing scope', null);
    return s;
  }

  private comprehension(e: A.ListComp | A.DictComp): string {
    const name = e.type === 'ListComp' ? '<listcomp>' : e.type === 'SetComp' ? '<setcomp>' : e.type === 'DictComp' ? '<dictcomp>' : '<genexpr>';
    const first = e.generators[0];
    const iter = this.expr(first.iter);
    const itJs = first.is_async ? `R.aiter(${iter})` : `R.iter(${iter})`;
    const it = this.keep(itJs);
    const code = this.u.nested(e, name, this.childQualname(name));
    const cells = this.closureOf(e);
    const r = this.callAt(this.span(e), `R.call1(t, R.mkfn(${code}, G, B, null, null, ${cells}, null), ${it}, f.p = ${this.span(e)})`);
    // an async comprehension is a coroutine, awaited where it stands
    if (e.type !== 'GeneratorExp' && this.childScope(e).isCoroutine) return this.delegate(`R.getAwaitable(${r})`);
    return r;
  }
}

const NONE: A.Expr = { type: 'Constant', value: { kind: 'None' }, kind: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 };
