// The compiler driver: AST -> scopes -> one JS factory per compilation unit
// holding a step function per code object -> PyCode objects.

import type * as A from '../../grammar/ast';
import { SymbolTable, Sc, type Scope } from './symtable';
import { StmtCompiler } from './stmt';
import { MatchCompiler } from './match';
import { CompileError } from './errors';
import { jsStr } from './emit';
import type { UnitCtx } from './expr';
import { PyCode, CO, type CodeUnit } from '../objects/code';
import { PyFloat } from '../objects/float';
import { PyComplex } from '../objects/complexutil';
import { PyBytes } from '../objects/bytesutil';
import { None, Ellipsis, type Py } from '../objects/base';
import { norm } from '../objects/intutil';
import { IC, GlobalSite } from '../vm/ic';

/** Compiler flags (CPython's co_flags future bits we honour). */
export const FUTURE_ANNOTATIONS = 0x1000000;
export const FUTURE_DIVISION = 0x20000;

class FnCompiler extends MatchCompiler {}

interface PendingCode {
  code: PyCode;
  js: string;
}

class Unit implements UnitCtx {
  consts: Py[] = [];
  private constIndex = new Map<unknown, number>();
  pending: PendingCode[] = [];
  st: SymbolTable;
  futureAnnotations: boolean;
  constructor(public tree: A.Mod, public filename: string, public py2: boolean, public flags: number, public unit: CodeUnit) {
    this.st = new SymbolTable(tree);
    this.futureAnnotations = (flags & FUTURE_ANNOTATIONS) !== 0 || hasFutureAnnotations(tree);
  }

  konst(v: unknown): string {
    let i = this.constIndex.get(v);
    if (i === undefined) {
      i = this.consts.length;
      this.consts.push(v);
      if (typeof v !== 'object' || v === null) this.constIndex.set(v, i);
    }
    return `k${i}`;
  }

  constValue(c: A.ConstValue): string {
    switch (c.kind) {
      case 'None':
        return 'None';
      case 'bool':
        return String(c.value);
      case 'int': {
        const v = norm(c.value);
        if (typeof v === 'number') return v < 0 ? `(${v})` : String(v);
        return this.konst(v);
      }
      case 'str':
        return jsStr(c.value);
      case 'float':
        return this.konstKey(`f:${Object.is(c.value, -0) ? '-0' : c.value}`, () => new PyFloat(c.value));
      case 'complex':
        return this.konstKey(`j:${c.imag}`, () => new PyComplex(0, c.imag));
      case 'bytes':
        return this.konst(new PyBytes(c.value));
      case 'Ellipsis':
        return 'Ellipsis';
    }
  }

  icSite(): string {
    return this.konst(new IC());
  }

  globalSite(): string {
    return this.konst(new GlobalSite());
  }

  private keyed = new Map<string, string>();
  private konstKey(key: string, make: () => Py): string {
    let k = this.keyed.get(key);
    if (!k) this.keyed.set(key, (k = this.konst(make())));
    return k;
  }

  nested(node: A.Node, name: string, qualname: string): string {
    const scope = this.st.map.get(node);
    if (!scope) throw new CompileError('internal: no scope for nested code', null);
    const code = this.compileScope(scope, node, name, qualname);
    return this.konst(code);
  }

  /** Compiles one scope into a PyCode (its JS goes to `pending`). */
  compileScope(scope: Scope, node: A.Node, name: string, qualname: string): PyCode {
    const c = new FnCompiler(this, scope, qualname);
    c.futureAnnotations = this.futureAnnotations;
    const code = new PyCode();
    code.name = name;
    code.qualname = qualname;
    code.filename = this.filename;
    code.unit = this.unit;
    const index = this.unit.codes.length;
    code.index = index;
    this.unit.codes.push(code);
    code.firstlineno = 'lineno' in node ? (node as A.Pos).lineno : 1;
    if (node.type === 'FunctionDef' || node.type === 'AsyncFunctionDef' || node.type === 'ClassDef') {
      const decos = node.decorator_list;
      if (decos.length) code.firstlineno = decos[0].lineno;
    }
    // slots: params and locals, then cells, then free variables
    const varnames: string[] = [];
    if (scope.isFunctionLike) {
      for (const p of scope.params) varnames.push(p);
      for (const [n, sc] of scope.scopes) {
        if ((sc === Sc.Local || sc === Sc.Cell) && !varnames.includes(n)) {
          if (sc === Sc.Local) varnames.push(n);
        }
      }
    }
    varnames.forEach((n, i) => c.slots.set(n, i));
    const cellBase = varnames.length;
    scope.cellvars.forEach((n, j) => c.slots.set(n, cellBase + j));
    const freeBase = cellBase + scope.cellvars.length;
    scope.freevars.forEach((n, k) => c.slots.set(n, freeBase + k));
    c.tempBase = freeBase + scope.freevars.length;
    for (const p of scope.params) if (!scope.deleted.has(p) && scope.scopes.get(p) === Sc.Local) c.alwaysBound.add(p);
    if (scope.kind === 'class') c.className = name;
    else {
      // methods mangle names with the enclosing class's name
      let s: Scope | null = scope.parent;
      while (s && s.kind !== 'class') s = s.parent;
      c.className = s ? s.name : null;
    }
    c.isGenerator = scope.isGenerator || scope.isCoroutine;
    c.interactive = this.tree.type === 'Interactive' && scope.kind === 'module';

    code.varnames = varnames;
    code.cellvars = scope.cellvars;
    code.freevars = scope.freevars;
    code.cellBase = cellBase;
    code.usesNs = !scope.isFunctionLike;
    let flags = 0;
    if (scope.isFunctionLike && (scope.kind !== 'module')) flags |= scope.parent && scope.parent.kind !== 'module' ? CO.NESTED : 0;
    if (scope.isGenerator && scope.isCoroutine) flags |= CO.ASYNC_GENERATOR;
    else if (scope.isCoroutine) flags |= CO.COROUTINE;
    else if (scope.isGenerator) flags |= CO.GENERATOR;

    // prologue: cells and free variables
    c.placeEntry();
    scope.cellvars.forEach((n, j) => {
      const pi = scope.params.indexOf(n);
      c.emit(`L[${cellBase + j}] = R.cell(${pi >= 0 ? `L[${pi}]` : ''});`);
    });
    scope.freevars.forEach((_n, k) => c.emit(`L[${freeBase + k}] = f.fn.closure[${k}];`));

    switch (node.type) {
      case 'Module':
      case 'Interactive': {
        const body = node.body;
        const doc = docstring(body);
        if (doc !== null && node.type === 'Module') c.emit(`R.nstore(N, "__doc__", ${jsStr(doc)});`);
        c.stmts(body);
        c.emit('return None;');
        break;
      }
      case 'Expression':
        c.emit(`return ${c.expr(node.body)};`);
        break;
      case 'FunctionDef':
      case 'AsyncFunctionDef': {
        const a = node.args;
        code.argcount = a.posonlyargs.length + a.args.length;
        code.posonlyargcount = a.posonlyargs.length;
        code.kwonlyargcount = a.kwonlyargs.length;
        if (a.vararg) flags |= CO.VARARGS;
        if (a.kwarg) flags |= CO.VARKEYWORDS;
        const doc = docstring(node.body);
        code.doc = doc === null ? None : doc;
        c.bodyStmts(node.body);
        c.returnStmt('None');
        break;
      }
      case 'Lambda': {
        const a = node.args;
        code.argcount = a.posonlyargs.length + a.args.length;
        code.posonlyargcount = a.posonlyargs.length;
        code.kwonlyargcount = a.kwonlyargs.length;
        if (a.vararg) flags |= CO.VARARGS;
        if (a.kwarg) flags |= CO.VARKEYWORDS;
        const v = c.expr(node.body);
        if (c.isGenerator) c.emit(`f.pc = -1;`);
        c.emit(`return ${v};`);
        break;
      }
      case 'ClassDef': {
        c.emit(`R.nstore(N, "__module__", R.gl(G, B, "__name__"));`);
        c.emit(`R.nstore(N, "__qualname__", ${jsStr(qualname)});`);
        const doc = docstring(node.body);
        if (doc !== null) c.emit(`R.nstore(N, "__doc__", ${jsStr(doc)});`);
        c.stmts(node.body);
        if (scope.providesClassCell) {
          const cell = c.slots.get('__class__')!;
          c.emit(`R.nstore(N, "__classcell__", L[${cell}]);`);
          c.emit(`return L[${cell}];`);
        } else c.emit('return None;');
        break;
      }
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
      case 'DictComp': {
        code.argcount = 1;
        c.alwaysBound.add('.0');
        compileComprehension(c, node);
        break;
      }
      default:
        throw new CompileError(`internal: cannot compile ${node.type}`, null);
    }
    c.emit('default: throw R.badPc(pc);');
    code.flags = flags;
    code.simpleArgs = scope.isFunctionLike && !(flags & (CO.VARARGS | CO.VARKEYWORDS)) && code.kwonlyargcount === 0;
    code.nslots = c.tempBase + c.tempMax;
    const js = assemble(c, index);
    code.handlers = Int32Array.from(c.H);
    code.labelPos = Int32Array.from(c.labelPos);
    code.spans = c.spans;
    code.names = [...c.names];
    code.lines = Int32Array.from(c.LN);
    this.pending.push({ code, js });
    return code;
  }
}

/** The first statement's string, if it is a docstring. */
function docstring(body: A.Stmt[]): string | null {
  const s = body[0];
  if (s && s.type === 'Expr' && s.value.type === 'Constant' && s.value.value.kind === 'str') return s.value.value.value;
  return null;
}

function hasFutureAnnotations(tree: A.Mod): boolean {
  if (tree.type === 'Expression') return false;
  for (const s of tree.body) {
    if (s.type === 'ImportFrom' && s.module === '__future__' && s.names.some((a) => a.name === 'annotations')) return true;
    if (s.type !== 'ImportFrom' && !(s.type === 'Expr' && s.value.type === 'Constant')) break;
  }
  return false;
}

/** The body of a comprehension's function: loops over `.0` and the other
 * generators, collecting or yielding the element. */
function compileComprehension(c: FnCompiler, node: A.ListComp | A.DictComp): void {
  const kind = node.type;
  let acc = '';
  if (kind !== 'GeneratorExp') {
    acc = c.temp();
    c.emit(`${acc} = ${kind === 'ListComp' ? 'R.list([])' : kind === 'SetComp' ? 'R.set([])' : 'R.dict()'};`);
  }
  const gens = node.generators;
  const loop = (i: number): void => {
    const g = gens[i];
    const it = c.temp();
    const async = g.is_async === 1;
    if (i === 0) c.emit(`${it} = L[0];`);
    else c.emit(`${it} = ${async ? `R.aiter(${c.expr(g.iter)})` : `R.iter(${c.expr(g.iter)})`};`);
    const head = c.newLabel(), end = c.newLabel();
    c.place(head);
    let v: string;
    if (async) v = c.asyncNext(it, end);
    else {
      v = c.suspend(`R.forNext(t, ${it})`);
      c.emit(`if (${v} === STOP) { pc = ${end}; continue; }`);
    }
    c.store(g.target, c.spill(v));
    for (const cond of g.ifs) c.emit(`if (!(${c.cond(cond)})) { pc = ${head}; continue; }`);
    if (i + 1 < gens.length) loop(i + 1);
    else if (kind === 'GeneratorExp') {
      const x = c.expr(node.elt);
      c.yieldValue(x);
    } else if (kind === 'DictComp') {
      const k = c.keep(c.expr(node.key), node.value);
      const val = c.expr(node.value);
      c.emit(`R.dictSet(${acc}, ${k}, ${val});`);
    } else {
      const x = c.expr(node.elt);
      c.emit(kind === 'ListComp' ? `${acc}.items.push(${x});` : `R.setAdd(${acc}, ${x});`);
    }
    c.backEdge(head);
    c.place(end);
    c.freeTemp(it);
  };
  loop(0);
  c.returnStmt(kind === 'GeneratorExp' ? 'None' : acc);
}

/** The JS source of one step function. It has no try/catch: TurboFan
 * compiles code inside a try block poorly (every inlined call gets an
 * exception edge; a float loop ran 2.7x slower), so the code object's run
 * is R.runBody, which catches and re-enters the body at the handler label
 * with the exception in f.ce. The operation position and the active
 * handler live in the frame (f.p, f.h) for the same reason. */
function assemble(c: FnCompiler, index: number): string {
  const scratch = c.jsTemps ? ', ' + Array.from({ length: c.jsTemps }, (_, i) => `$${i}`).join(', ') : '';
  return [
    `function c${index}(f, t) {`,
    `const L = f.L, G = f.globals, B = f.builtins, N = f.ns;`,
    `let pc = f.pc, r = t.rv, e = f.ce${scratch};`,
    `if (e !== null) f.ce = null;`,
    // an exception delivered by a callee goes to this frame's handler
    // without a JS throw (throws cost microseconds)
    `else if (t.exc !== null && f.yf === null) { if ((f.h = H${index}[pc]) < 0) return R.passExc(f, t); e = R.arrived(t.exc, f, f.p = P${index}[pc]); t.exc = null; pc = f.h; }`,
    `for (;;) switch (pc) {`,
    ...c.out,
    `}`,
    `}`,
  ].join('\n');
}

/** Runtime helpers the generated code calls (set by src/vm/runtime.ts). */
let runtime: Record<string, unknown> | null = null;
export function setRuntime(r: Record<string, unknown>): void {
  runtime = r;
}


/** Rewrites `R.name` (outside string literals) to `R_name`, declared once
 * per unit, so generated code calls helpers through constants instead of
 * property loads on the big R object. */
function hoistHelpers(src: string): { src: string; names: Set<string> } {
  const names = new Set<string>();
  let out = '';
  let i = 0;
  const n = src.length;
  while (i < n) {
    const c = src[i];
    if (c === '"') {
      let j = i + 1;
      while (j < n && src[j] !== '"') j += src[j] === '\\' ? 2 : 1;
      out += src.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (c === 'R' && src[i + 1] === '.' && !/[\w$.]/.test(src[i - 1] ?? '')) {
      const m = /^[A-Za-z_$][\w$]*/.exec(src.slice(i + 2, i + 60));
      if (m) {
        names.add(m[0]);
        out += 'R_' + m[0];
        i += 2 + m[0].length;
        continue;
      }
    }
    out += c;
    i++;
  }
  return { src: out, names };
}

/** A compiled unit before linking: the factory's JS source, its constants
 * and the code objects' metadata. This is what the compile cache stores. */
export interface Emitted {
  js: string;
  consts: Py[];
  codes: PyCode[];
}

function emitUnit(u: Unit): Emitted {
  const parts: string[] = [`'use strict';`, `const S = R.SUSPEND, STOP = R.STOP, RAISE = R.RAISE, None = R.None, Ellipsis = R.Ellipsis, V = R.V;`];
  u.consts.forEach((_, i) => parts.push(`const k${i} = K[${i}];`));
  for (const p of u.pending) {
    parts.push(`const H${p.code.index} = HS[${p.code.index}], P${p.code.index} = PS[${p.code.index}];`);
  }
  const body = hoistHelpers(u.pending.map((p) => p.js).join('\n'));
  for (const name of body.names) parts.push(`const R_${name} = R.${name};`);
  parts.push(body.src);
  parts.push(`return [${u.pending.map((p) => `[${p.code.index}, c${p.code.index}]`).join(', ')}];`);
  return { js: parts.join('\n'), consts: u.consts, codes: u.unit.codes };
}

/** Makes the function of a unit's JS body, called with (R, K, HS, PS). */
export type UnitMaker = (js: string) => Function;

// eslint-disable-next-line no-new-func
const plainMaker: UnitMaker = (js) => new Function('R', 'K', 'HS', 'PS', js);

/** Creates the step functions of an emitted unit. */
export function linkUnit(e: Emitted, make: UnitMaker = plainMaker): void {
  const handlers: Int32Array[] = [];
  const positions: Int32Array[] = [];
  for (const c of e.codes) {
    handlers[c.index] = c.handlers;
    positions[c.index] = c.labelPos;
  }
  let fns: [number, Function][];
  try {
    fns = make(e.js)(runtime, e.consts, handlers, positions);
  } catch (err) {
    if (process.env.PYS_DEBUG) console.error(e.js);
    throw new Error(`internal compiler error (${e.codes[0]?.filename}): ${(err as Error).message}`);
  }
  for (const [i, fn] of fns) {
    const code = e.codes[i];
    code.body = fn as any;
    code.run = runtime!.runBody as any;
  }
  if (process.env.PYS_DUMP_JS) console.error(e.js);
}

// ---- the compile cache ---------------------------------------------------------

const CODE_FIELDS = ['name', 'qualname', 'filename', 'firstlineno', 'argcount', 'posonlyargcount', 'kwonlyargcount', 'flags', 'varnames', 'cellvars', 'freevars', 'nslots', 'cellBase', 'simpleArgs', 'usesNs', 'names', 'spans', 'index'] as const;

function encodeConst(v: Py): unknown {
  if (typeof v === 'bigint') return { b: v.toString() };
  if (v instanceof PyFloat) return { f: Object.is(v.v, -0) ? '-0' : Number.isFinite(v.v) ? v.v : String(v.v) };
  if (v instanceof PyComplex) return { j: [v.re, v.im] };
  if (v instanceof PyBytes) return { y: Buffer.from(v.v).toString('base64') };
  if (v instanceof PyCode) return { c: v.index };
  if (v instanceof IC) return { ic: 1 };
  if (v instanceof GlobalSite) return { gs: 1 };
  if (Array.isArray(v)) return { a: v };
  if (typeof v === 'string' || typeof v === 'number') return { v };
  throw new Error('uncacheable constant');
}

function decodeConst(x: any, codes: PyCode[]): Py {
  if ('b' in x) return BigInt(x.b);
  if ('f' in x) return new PyFloat(x.f === '-0' ? -0 : Number(x.f));
  if ('j' in x) return new PyComplex(x.j[0], x.j[1]);
  if ('y' in x) return new PyBytes(Uint8Array.from(Buffer.from(x.y, 'base64')));
  if ('c' in x) return codes[x.c];
  if ('ic' in x) return new IC();
  if ('gs' in x) return new GlobalSite();
  if ('a' in x) return x.a;
  return x.v;
}

/** The emitted unit as JSON, for the cache. */
export function serializeEmitted(e: Emitted): string {
  return JSON.stringify({
    py2: e.codes[0]?.unit.py2 ?? false,
    js: e.js,
    consts: e.consts.map(encodeConst),
    codes: e.codes.map((c) => {
      const o: Record<string, unknown> = {};
      for (const f of CODE_FIELDS) o[f] = (c as any)[f];
      o.doc = c.doc === None ? null : c.doc;
      o.handlers = Array.from(c.handlers);
      o.lines = Array.from(c.lines);
      o.labelPos = Array.from(c.labelPos);
      return o;
    }),
  });
}

/** Rebuilds a cached unit for `unit` (whose source and flags it was made
 * from); returns its top code object. */
export function loadEmitted(json: string, unit: CodeUnit, make?: UnitMaker): PyCode {
  const d = JSON.parse(json);
  const codes: PyCode[] = d.codes.map((o: any) => {
    const c = new PyCode();
    for (const f of CODE_FIELDS) (c as any)[f] = o[f];
    c.doc = o.doc === null ? None : o.doc;
    c.handlers = Int32Array.from(o.handlers);
    c.lines = Int32Array.from(o.lines);
    c.labelPos = Int32Array.from(o.labelPos);
    c.unit = unit;
    return c;
  });
  unit.codes = codes;
  unit.py2 = d.py2;
  linkUnit({ js: d.js, consts: d.consts.map((x: any) => decodeConst(x, codes)), codes }, make);
  return codes[0];
}

/**
 * Compiles an AST into a CodeUnit; returns its top-level code object and
 * (for the cache) the emitted unit. Throws CompileError for errors the
 * parser does not catch.
 */
export function compileAstEmit(tree: A.Mod, filename: string, source: string, flags = 0): { top: PyCode; emitted: Emitted } {
  const mode = tree.type === 'Module' ? 'exec' : tree.type === 'Expression' ? 'eval' : 'single';
  const py2 = tree.type !== 'Expression' && tree.py2 && !(flags & FUTURE_DIVISION);
  const unit: CodeUnit = { filename, source, mode, codes: [], py2, flags };
  const u = new Unit(tree, filename, py2, flags, unit);
  const top = u.compileScope(u.st.top, tree, '<module>', '<module>');
  const emitted = emitUnit(u);
  linkUnit(emitted);
  return { top, emitted };
}

/** compileAstEmit without the emitted unit. */
export function compileAst(tree: A.Mod, filename: string, source: string, flags = 0): PyCode {
  return compileAstEmit(tree, filename, source, flags).top;
}

export { CompileError };
void Ellipsis;
