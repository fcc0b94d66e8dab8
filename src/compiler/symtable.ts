// Scope analysis (CPython's symtable.c, in spirit): which names are fast
// locals, cells, free variables, globals, or class-namespace names.

import type * as A from '../../grammar/ast';
import { CompileError } from './errors';

export const enum Sc {
  Local = 1,
  GlobalExplicit = 2,
  GlobalImplicit = 3,
  Free = 4,
  Cell = 5,
}

const DEF_LOCAL = 1;
const DEF_PARAM = 2;
const DEF_GLOBAL = 4;
const DEF_NONLOCAL = 8;
const USE = 16;
const DEF_ANNOT = 32;
const DEF_COMP_ITER = 64;

export type ScopeKind = 'module' | 'class' | 'function' | 'lambda' | 'comprehension';

export class Scope {
  defs = new Map<string, number>();
  scopes = new Map<string, Sc>();
  children: Scope[] = [];
  /** Parameter names in order (function scopes). */
  params: string[] = [];
  isGenerator = false;
  isCoroutine = false;
  hasYieldInComp = false;
  /** Uses `super` or `__class__` (methods: needs the __class__ cell). */
  needsClassCell = false;
  /** Class scopes: a method needs __class__, so the class provides it. */
  providesClassCell = false;
  /** Uses locals()/exec()/eval() etc. without arguments. */
  usesLocalsDict = false;
  /** Free variables (in order of first appearance), cell variables. */
  freevars: string[] = [];
  cellvars: string[] = [];
  /** Comprehension scopes whose target of walrus binds in the parent. */
  compWalrus = new Set<string>();
  /** Names deleted somewhere in the scope (`del x`, `except E as x`). */
  deleted = new Set<string>();
  constructor(public kind: ScopeKind, public name: string, public node: A.Node | null, public parent: Scope | null, public lineno: number) {}

  get isFunctionLike(): boolean {
    return this.kind === 'function' || this.kind === 'lambda' || this.kind === 'comprehension';
  }

  add(name: string, flag: number, node?: A.Pos): void {
    const old = this.defs.get(name) ?? 0;
    if (flag & DEF_PARAM && old & DEF_PARAM) {
      throw new CompileError(`duplicate argument '${name}' in function definition`, node ?? null);
    }
    this.defs.set(name, old | flag);
  }
}

/** Python's private-name mangling inside a class. */
export function mangle(cls: string | null, name: string): string {
  if (!cls || !name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const stripped = cls.replace(/^_+/, '');
  if (!stripped) return name;
  return `_${stripped}${name}`;
}

/** Builds and analyzes the scope tree of a module. */
export class SymbolTable {
  top: Scope;
  private cur: Scope;
  private className: string | null = null;
  /** AST node -> its scope. */
  map = new Map<A.Node, Scope>();

  constructor(mod: A.Mod) {
    this.top = new Scope('module', 'top', mod, null, 1);
    this.cur = this.top;
    this.map.set(mod, this.top);
    if (mod.type === 'Expression') this.visitExpr(mod.body);
    else this.visitStmts(mod.body);
    this.analyze(this.top, new Set(), new Set(), new Set());
  }

  private push(kind: ScopeKind, name: string, node: A.Node, lineno: number): Scope {
    const s = new Scope(kind, name, node, this.cur, lineno);
    this.cur.children.push(s);
    this.map.set(node, s);
    this.cur = s;
    return s;
  }
  private pop(): void {
    this.cur = this.cur.parent!;
  }

  private def(name: string, flag: number, node?: A.Pos): void {
    const n = mangle(this.className, name);
    const s = this.cur;
    const old = s.defs.get(n) ?? 0;
    if (flag & (DEF_LOCAL | DEF_PARAM) && old & DEF_GLOBAL && flag & DEF_PARAM) {
      throw new CompileError(`name '${name}' is parameter and global`, node ?? null);
    }
    s.add(n, flag, node);
  }
  private use(name: string): void {
    this.cur.add(mangle(this.className, name), USE);
  }

  // ---- pass 1: collect definitions and uses ---------------------------------

  private visitStmts(body: A.Stmt[]): void {
    for (const s of body) this.visitStmt(s);
  }

  private visitArgsDefaults(args: A.Arguments): void {
    for (const d of args.defaults) this.visitExpr(d);
    for (const d of args.kw_defaults) if (d) this.visitExpr(d);
  }

  private visitAnnotations(args: A.Arguments, returns: A.Expr | null): void {
    const all = [...args.posonlyargs, ...args.args, ...args.kwonlyargs];
    if (args.vararg) all.push(args.vararg);
    if (args.kwarg) all.push(args.kwarg);
    for (const a of all) if (a.annotation) this.visitExpr(a.annotation);
    if (returns) this.visitExpr(returns);
  }

  private enterFunction(kind: ScopeKind, name: string, node: A.Node, args: A.Arguments, lineno: number): Scope {
    const s = this.push(kind, name, node, lineno);
    const params = [...args.posonlyargs, ...args.args, ...args.kwonlyargs];
    if (args.vararg) params.push(args.vararg);
    if (args.kwarg) params.push(args.kwarg);
    for (const p of params) {
      this.def(p.arg, DEF_PARAM, p);
      s.params.push(mangle(this.className, p.arg));
    }
    return s;
  }

  private visitStmt(s: A.Stmt): void {
    switch (s.type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef': {
        this.def(s.name, DEF_LOCAL, s);
        for (const d of s.decorator_list) this.visitExpr(d);
        this.visitArgsDefaults(s.args);
        this.visitAnnotations(s.args, s.returns);
        const saved = this.className;
        const sc = this.enterFunction('function', s.name, s, s.args, s.lineno);
        if (s.type === 'AsyncFunctionDef') sc.isCoroutine = true;
        this.className = saved;
        this.visitStmts(s.body);
        this.pop();
        break;
      }
      case 'ClassDef': {
        this.def(s.name, DEF_LOCAL, s);
        for (const d of s.decorator_list) this.visitExpr(d);
        for (const b of s.bases) this.visitExpr(b);
        for (const k of s.keywords) this.visitExpr(k.value);
        const saved = this.className;
        this.push('class', s.name, s, s.lineno);
        this.className = s.name;
        this.visitStmts(s.body);
        this.className = saved;
        this.pop();
        break;
      }
      case 'Return':
        if (!this.cur.isFunctionLike) throw new CompileError("'return' outside function", s);
        if (s.value) this.visitExpr(s.value);
        break;
      case 'Delete':
        for (const t of s.targets) this.visitExpr(t);
        break;
      case 'Assign':
        for (const t of s.targets) this.visitExpr(t);
        this.visitExpr(s.value);
        break;
      case 'AugAssign':
        this.visitExpr(s.target);
        this.visitExpr(s.value);
        break;
      case 'AnnAssign':
        if (s.target.type === 'Name') {
          const n = mangle(this.className, s.target.id);
          const old = this.cur.defs.get(n) ?? 0;
          if (old & (DEF_GLOBAL | DEF_NONLOCAL) && s.simple) {
            throw new CompileError(`annotated name '${s.target.id}' can't be ${old & DEF_GLOBAL ? 'global' : 'nonlocal'}`, s);
          }
          if (s.simple) this.def(s.target.id, DEF_ANNOT | (s.value ? DEF_LOCAL : 0), s);
          else if (s.value) this.def(s.target.id, DEF_LOCAL, s);
        } else this.visitExpr(s.target);
        if (!this.cur.isFunctionLike || !s.simple) this.visitExpr(s.annotation);
        if (s.value) this.visitExpr(s.value);
        break;
      case 'For':
      case 'AsyncFor':
        if (s.type === 'AsyncFor' && !this.cur.isCoroutine) throw new CompileError("'async for' outside async function", s);
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case 'While':
      case 'If':
        this.visitExpr(s.test);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case 'With':
      case 'AsyncWith':
        if (s.type === 'AsyncWith' && !this.cur.isCoroutine) throw new CompileError("'async with' outside async function", s);
        for (const it of s.items) {
          this.visitExpr(it.context_expr);
          if (it.optional_vars) this.visitExpr(it.optional_vars);
        }
        this.visitStmts(s.body);
        break;
      case 'Match':
        this.visitExpr(s.subject);
        for (const c of s.cases) {
          this.visitPattern(c.pattern);
          if (c.guard) this.visitExpr(c.guard);
          this.visitStmts(c.body);
        }
        break;
      case 'Raise':
        if (s.exc) this.visitExpr(s.exc);
        if (s.cause) this.visitExpr(s.cause);
        break;
      case 'Try':
      case 'TryStar':
        this.visitStmts(s.body);
        for (const h of s.handlers) {
          if (h.exc_type) this.visitExpr(h.exc_type);
          if (h.name) {
            this.def(h.name, DEF_LOCAL, h);
            this.cur.deleted.add(mangle(this.className, h.name));
          }
          this.visitStmts(h.body);
        }
        this.visitStmts(s.orelse);
        this.visitStmts(s.finalbody);
        break;
      case 'Assert':
        this.visitExpr(s.test);
        if (s.msg) this.visitExpr(s.msg);
        break;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) {
          if (a.name === '*') {
            if (this.cur.kind !== 'module') throw new CompileError('import * only allowed at module level', s);
            this.cur.usesLocalsDict = true;
            continue;
          }
          const bound = a.asname ?? (s.type === 'Import' ? a.name.split('.')[0] : a.name);
          this.def(bound, DEF_LOCAL, a);
        }
        break;
      case 'Global':
      case 'Nonlocal': {
        const isGlobal = s.type === 'Global';
        if (!isGlobal && this.cur.kind === 'module') throw new CompileError('nonlocal declaration not allowed at module level', s);
        for (const name of s.names) {
          const n = mangle(this.className, name);
          const old = this.cur.defs.get(n) ?? 0;
          const what = isGlobal ? 'global' : 'nonlocal';
          if (old & DEF_PARAM) throw new CompileError(`name '${name}' is parameter and ${what}`, s);
          if (old & (isGlobal ? DEF_NONLOCAL : DEF_GLOBAL)) throw new CompileError(`name '${name}' is nonlocal and global`, s);
          if (old & DEF_ANNOT) throw new CompileError(`annotated name '${name}' can't be ${what}`, s);
          if (old & USE) throw new CompileError(`name '${name}' is used prior to ${what} declaration`, s);
          if (old & DEF_LOCAL) throw new CompileError(`name '${name}' is assigned to before ${what} declaration`, s);
          this.cur.add(n, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL);
        }
        break;
      }
      case 'Expr':
        this.visitExpr(s.value);
        break;
      case 'Print':
        if (s.dest) this.visitExpr(s.dest);
        for (const v of s.values) this.visitExpr(v);
        break;
      case 'Exec':
        this.visitExpr(s.body);
        if (s.globals) this.visitExpr(s.globals);
        if (s.locals) this.visitExpr(s.locals);
        if (!s.globals) this.cur.usesLocalsDict = true;
        break;
      case 'Pass':
      case 'Break':
      case 'Continue':
        break;
    }
  }

  private visitPattern(p: A.Pattern): void {
    switch (p.type) {
      case 'MatchValue':
        this.visitExpr(p.value);
        break;
      case 'MatchSingleton':
        break;
      case 'MatchSequence':
        for (const q of p.patterns) this.visitPattern(q);
        break;
      case 'MatchMapping':
        for (const k of p.keys) this.visitExpr(k);
        for (const q of p.patterns) this.visitPattern(q);
        if (p.rest) this.def(p.rest, DEF_LOCAL, p);
        break;
      case 'MatchClass':
        this.visitExpr(p.cls);
        for (const q of p.patterns) this.visitPattern(q);
        for (const q of p.kwd_patterns) this.visitPattern(q);
        break;
      case 'MatchStar':
        if (p.name) this.def(p.name, DEF_LOCAL, p);
        break;
      case 'MatchAs':
        if (p.pattern) this.visitPattern(p.pattern);
        if (p.name) this.def(p.name, DEF_LOCAL, p);
        break;
      case 'MatchOr':
        for (const q of p.patterns) this.visitPattern(q);
        break;
    }
  }

  private visitExprs(es: (A.Expr | null)[]): void {
    for (const e of es) if (e) this.visitExpr(e);
  }

  visitExpr(e: A.Expr): void {
    switch (e.type) {
      case 'Name':
        if (e.ctx === 'Load') {
          this.use(e.id);
          if (e.id === 'super' && this.cur.isFunctionLike) this.cur.needsClassCell = true;
          if (e.id === '__class__' && this.cur.isFunctionLike) this.cur.needsClassCell = true;
          if ((e.id === 'locals' || e.id === 'vars' || e.id === 'dir' || e.id === 'eval' || e.id === 'exec') && this.cur.isFunctionLike) {
            this.cur.usesLocalsDict = true;
          }
        } else {
          this.def(e.id, DEF_LOCAL, e);
          if (e.ctx === 'Del') this.cur.deleted.add(mangle(this.className, e.id));
        }
        break;
      case 'BoolOp':
        this.visitExprs(e.values);
        break;
      case 'NamedExpr': {
        this.visitExpr(e.value);
        // PEP 572: in a comprehension, the target binds in the enclosing
        // non-comprehension scope
        let s = this.cur;
        if (s.kind === 'comprehension') {
          const defs = s.defs.get(e.target.id) ?? 0;
          if (defs & DEF_COMP_ITER) {
            throw new CompileError(`assignment expression cannot rebind comprehension iteration variable '${e.target.id}'`, e);
          }
          while (s.kind === 'comprehension') {
            s.compWalrus.add(e.target.id);
            s = s.parent!;
          }
          if (s.kind === 'class') throw new CompileError('assignment expression within a comprehension cannot be used in a class body', e);
          const saved = this.cur;
          this.cur = s;
          this.def(e.target.id, DEF_LOCAL, e);
          this.cur = saved;
          this.use(e.target.id);
        } else this.def(e.target.id, DEF_LOCAL, e);
        break;
      }
      case 'BinOp':
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        break;
      case 'UnaryOp':
        this.visitExpr(e.operand);
        break;
      case 'Lambda': {
        this.visitArgsDefaults(e.args);
        this.enterFunction('lambda', '<lambda>', e, e.args, e.lineno);
        this.visitExpr(e.body);
        this.pop();
        break;
      }
      case 'IfExp':
        this.visitExpr(e.test);
        this.visitExpr(e.body);
        this.visitExpr(e.orelse);
        break;
      case 'Dict':
        this.visitExprs(e.keys);
        this.visitExprs(e.values);
        break;
      case 'Set':
        this.visitExprs(e.elts);
        break;
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
        this.visitComp(e, e.generators, [e.elt]);
        break;
      case 'DictComp':
        this.visitComp(e, e.generators, [e.key, e.value]);
        break;
      case 'Await': {
        if (!this.cur.isFunctionLike) throw new CompileError("'await' outside function", e);
        let s: Scope | null = this.cur;
        while (s && s.kind === 'comprehension' && !s.isCoroutine) s = s.parent;
        if (!s || !s.isCoroutine) throw new CompileError("'await' outside async function", e);
        if (this.cur.kind === 'comprehension') this.cur.isCoroutine = true;
        this.visitExpr(e.value);
        break;
      }
      case 'Yield':
      case 'YieldFrom': {
        const s = this.cur;
        if (!s.isFunctionLike) throw new CompileError(`'yield' outside function`, e);
        if (s.kind === 'comprehension') throw new CompileError(`'yield' inside ${s.name === 'genexpr' ? 'generator expression' : s.name === 'listcomp' ? 'list comprehension' : s.name === 'setcomp' ? 'set comprehension' : 'dict comprehension'}`, e);
        if (e.type === 'YieldFrom' && s.isCoroutine) throw new CompileError("'yield from' inside async function", e);
        s.isGenerator = true;
        if (e.value) this.visitExpr(e.value);
        break;
      }
      case 'Compare':
        this.visitExpr(e.left);
        this.visitExprs(e.comparators);
        break;
      case 'Call':
        this.visitExpr(e.func);
        this.visitExprs(e.args);
        for (const k of e.keywords) this.visitExpr(k.value);
        break;
      case 'FormattedValue':
        this.visitExpr(e.value);
        if (e.format_spec) this.visitExpr(e.format_spec);
        break;
      case 'JoinedStr':
        this.visitExprs(e.values);
        break;
      case 'Constant':
        break;
      case 'Attribute':
        this.visitExpr(e.value);
        break;
      case 'Subscript':
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        break;
      case 'Starred':
        this.visitExpr(e.value);
        break;
      case 'List':
      case 'Tuple':
        this.visitExprs(e.elts);
        break;
      case 'Slice':
        this.visitExprs([e.lower, e.upper, e.step]);
        break;
      case 'Repr':
        this.visitExpr(e.value);
        break;
    }
  }

  private visitComp(e: A.Expr, gens: A.Comprehension[], elts: A.Expr[]): void {
    // the first iterable is evaluated in the enclosing scope
    this.visitExpr(gens[0].iter);
    const name = e.type === 'ListComp' ? 'listcomp' : e.type === 'GeneratorExp' ? 'genexpr' : e.type === 'DictComp' ? 'dictcomp' : 'setcomp';
    const s = this.push('comprehension', name, e, e.lineno);
    if (e.type === 'GeneratorExp') s.isGenerator = true;
    if (gens.some((g) => g.is_async)) {
      let p: Scope | null = this.cur.parent;
      while (p && p.kind === 'comprehension') p = p.parent;
      if (e.type !== 'GeneratorExp' && !(p && p.isCoroutine) && !(this.cur.parent?.isCoroutine)) {
        throw new CompileError('asynchronous comprehension outside of an asynchronous function', e);
      }
      s.isCoroutine = e.type !== 'GeneratorExp';
    }
    s.params.push('.0');
    s.add('.0', DEF_PARAM);
    gens.forEach((g, i) => {
      this.visitCompTarget(g.target);
      if (i > 0) this.visitExpr(g.iter);
      for (const c of g.ifs) this.visitExpr(c);
    });
    for (const x of elts) this.visitExpr(x);
    this.pop();
  }

  private visitCompTarget(t: A.Expr): void {
    if (t.type === 'Name') this.def(t.id, DEF_LOCAL | DEF_COMP_ITER, t);
    else if (t.type === 'Tuple' || t.type === 'List') for (const x of t.elts) this.visitCompTarget(x);
    else if (t.type === 'Starred') this.visitCompTarget(t.value);
    else this.visitExpr(t);
  }

  // ---- pass 2: resolve scopes (CPython's analyze_block) ------------------------

  /** `bound`: names bound in enclosing function scopes; `globals`: names
   * declared global further out. Adds the names this scope needs from its
   * parents to `free`. */
  private analyze(s: Scope, bound: Set<string>, free: Set<string>, globals: Set<string>): void {
    const local = new Set<string>();
    const isClass = s.kind === 'class';
    for (const [name, flags] of s.defs) {
      if (flags & DEF_GLOBAL) {
        s.scopes.set(name, Sc.GlobalExplicit);
        globals.add(name);
        bound.delete(name);
      } else if (flags & DEF_NONLOCAL) {
        if (!bound.has(name)) throw new CompileError(`no binding for nonlocal '${name}' found`, null, s.lineno);
        s.scopes.set(name, Sc.Free);
        free.add(name);
      } else if (flags & (DEF_LOCAL | DEF_PARAM)) {
        s.scopes.set(name, Sc.Local);
        local.add(name);
        globals.delete(name);
      } else if (bound.has(name)) {
        s.scopes.set(name, Sc.Free);
        free.add(name);
      } else if (globals.has(name)) {
        s.scopes.set(name, Sc.GlobalImplicit);
      } else {
        s.scopes.set(name, Sc.GlobalImplicit);
      }
    }
    if (s.needsClassCell && s.isFunctionLike && !s.scopes.has('__class__')) {
      // super() / __class__ inside a method: a free variable from the class
      if (bound.has('__class__')) {
        s.scopes.set('__class__', Sc.Free);
        free.add('__class__');
      }
    }
    const newBound = new Set<string>(bound);
    const newGlobals = new Set<string>(globals);
    if (isClass) newBound.add('__class__');
    else if (s.isFunctionLike) for (const n of local) newBound.add(n);
    const newFree = new Set<string>();
    for (const c of s.children) {
      const childFree = new Set<string>();
      this.analyze(c, new Set(newBound), childFree, new Set(newGlobals));
      for (const n of childFree) newFree.add(n);
      if (c.kind === 'comprehension' && c.usesLocalsDict) s.usesLocalsDict = true;
    }
    if (s.isFunctionLike) {
      for (const n of [...newFree]) {
        if (s.scopes.get(n) === Sc.Local) {
          s.scopes.set(n, Sc.Cell);
          newFree.delete(n);
        }
      }
    } else if (isClass && newFree.has('__class__')) {
      s.providesClassCell = true;
      newFree.delete('__class__');
    }
    // names free in children pass through this scope
    for (const n of newFree) {
      const sc = s.scopes.get(n);
      if (sc === undefined) s.scopes.set(n, Sc.Free);
      else if (sc === Sc.GlobalImplicit || sc === Sc.GlobalExplicit) {
        // a global here: children resolve it in their parent chain only if
        // bound further out, which `bound` already told them
        if (bound.has(n) && sc === Sc.GlobalImplicit) s.scopes.set(n, Sc.Free);
      }
      free.add(n);
    }
    s.cellvars = [...s.scopes].filter(([, sc]) => sc === Sc.Cell).map(([n]) => n);
    if (s.providesClassCell) s.cellvars.push('__class__');
    const fv = new Set<string>();
    for (const [n, sc] of s.scopes) if (sc === Sc.Free) fv.add(n);
    // class-local names that children close over from further out
    if (isClass) for (const n of newFree) if (s.scopes.get(n) === Sc.Local) fv.add(n);
    s.freevars = [...fv];
    if (s.kind === 'module') {
      s.freevars = [];
    }
  }
}
