// Statement code generation: control flow is flattened into labelled cases
// of the step function's switch; try/with/finally set the handler label `h`
// that the step function's catch jumps to; return/break/continue inline the
// finally bodies they leave (as CPython 3.11 does).

import type * as A from '../../grammar/ast';
import { ExprCompiler, susp } from './expr';
import { jsStr } from './emit';
import { CompileError } from './errors';
import { Sc } from './symtable';
import { unparse } from './unparse';

type Loop = { kind: 'loop'; brk: number; cont: number; h: number };

export class StmtCompiler extends ExprCompiler {
  /** Set by `single` mode: expression statements are displayed. */
  interactive = false;
  futureAnnotations = false;

  stmts(body: A.Stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  /** A function body: after each statement at its top level (which runs
   * unconditionally, before everything textually later), the locals it
   * assigns are known to be bound, so later reads skip the unbound check. */
  bodyStmts(body: A.Stmt[]): void {
    for (const s of body) {
      this.stmt(s);
      for (const n of boundBy(s)) this.markBound(n);
    }
  }

  /** Records that local `id` is bound from here on (unless it is ever deleted). */
  markBound(id: string): boolean {
    const name = this.mangled(id);
    if (this.scope.kind === 'module' || this.scope.kind === 'class') return false;
    if (this.scopeOf(name) !== Sc.Local || this.scope.deleted.has(name) || this.alwaysBound.has(name)) return false;
    this.alwaysBound.add(name);
    return true;
  }

  stmt(s: A.Stmt): void {
    this.line(s);
    switch (s.type) {
      case 'Expr': {
        if (s.value.type === 'Constant' && !this.interactive) return;
        const v = this.expr(s.value);
        if (this.interactive) this.emit(`R.displayhook(${v});`);
        else if (v !== 'r' && !this.stable(v)) this.emit(`${v};`);
        return;
      }
      case 'Assign':
        return this.assign(s);
      case 'AugAssign':
        return this.augAssign(s);
      case 'AnnAssign':
        return this.annAssign(s);
      case 'Delete':
        for (const t of s.targets) this.del(t);
        return;
      case 'Pass':
        return;
      case 'If':
        return this.ifStmt(s);
      case 'While':
        return this.whileStmt(s);
      case 'For':
        return this.forStmt(s);
      case 'AsyncFor':
        return this.forStmt(s, true);
      case 'Break':
        return this.breakContinue(s, true);
      case 'Continue':
        return this.breakContinue(s, false);
      case 'Return':
        return this.returnStmt(s.value ? this.expr(s.value) : 'None');
      case 'Raise':
        return this.raise(s);
      case 'Try':
        return this.tryStmt(s);
      case 'TryStar':
        return this.tryStmt(s);
      case 'With':
      case 'AsyncWith':
        return this.withStmt(s, 0);
      case 'Assert': {
        const c = this.cond(s.test);
        const m = s.msg;
        if (m && susp(m)) {
          const ok = this.newLabel();
          this.emit(`if (${c}) { pc = ${ok}; continue; }`);
          this.emit(this.raiseJs(`R.assertFail(${this.expr(m)})`));
          this.place(ok);
        } else this.emit(`if (!(${c})) ${this.raiseJs(`R.assertFail(${m ? this.expr(m) : 'undefined'})`)}`);
        return;
      }
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        return this.funcDef(s);
      case 'ClassDef':
        return this.classDef(s);
      case 'Import':
        return this.importStmt(s);
      case 'ImportFrom':
        return this.importFrom(s);
      case 'Global':
      case 'Nonlocal':
        return;
      case 'Match':
        return this.matchStmt(s);
      case 'Print':
        return this.printStmt(s);
      case 'Exec': {
        const [b, g, l] = this.exprList([s.body, s.globals ?? NONE_E, s.locals ?? NONE_E]);
        const glob = s.globals ? g : 'G';
        const loc = s.locals ? l : s.globals ? g : this.fnScope ? `R.locals(f)` : 'N';
        this.suspend(`R.execStmt(t, ${b}, ${glob}, ${loc})`);
        return;
      }
    }
    throw new CompileError(`unsupported statement ${(s as A.Stmt).type}`, s);
  }

  /** Overridden by match.ts. */
  matchStmt(s: A.Match): void {
    throw new CompileError('match statements are not supported yet', s);
  }

  // ---- assignment -------------------------------------------------------------

  private assign(s: A.Assign): void {
    let v = this.expr(s.value);
    if (s.targets.length > 1 || s.targets.some((t) => targetSusp(t))) v = this.spill(v);
    else if (!this.stable(v) && s.targets[0].type !== 'Name') v = this.spill(v);
    for (const t of s.targets) this.store(t, v);
  }

  /** Stores JS value v into an assignment target. */
  store(t: A.Expr, v: string): void {
    switch (t.type) {
      case 'Name':
        this.storeName(t.id, v);
        return;
      case 'Attribute': {
        const o = this.expr(t.value);
        this.emit(`R.setattrIC(${o}, ${this.attr(t.attr)}, ${v}, ${this.u.icSite()});`);
        return;
      }
      case 'Subscript': {
        const o = this.keep(this.expr(t.value), t.slice);
        if (t.slice.type === 'Slice') {
          const sl = this.slice(t.slice);
          this.emit(`R.setitem(${o}, ${sl}, ${v}, f.p = ${this.subscriptSpan(t)});`);
        } else this.emit(`R.setitem(${o}, ${this.expr(t.slice)}, ${v}, f.p = ${this.subscriptSpan(t)});`);
        return;
      }
      case 'Tuple':
      case 'List': {
        const star = t.elts.findIndex((x) => x.type === 'Starred');
        if (t.elts.filter((x) => x.type === 'Starred').length > 1) throw new CompileError('multiple starred expressions in assignment', t);
        const arr = this.temp();
        if (star < 0) this.emit(`${arr} = R.unpack(${v}, ${t.elts.length});`);
        else this.emit(`${arr} = R.unpackEx(${v}, ${star}, ${t.elts.length - star - 1});`);
        t.elts.forEach((x, i) => this.store(x.type === 'Starred' ? x.value : x, `${arr}[${i}]`));
        this.freeTemp(arr);
        return;
      }
      case 'Starred':
        throw new CompileError('starred assignment target must be in a list or tuple', t);
    }
    throw new CompileError(`cannot assign to ${t.type}`, t);
  }

  private augAssign(s: A.AugAssign): void {
    const op = AUG[s.op] ?? 'ibinop';
    const t = s.target;
    // as CPython 3.11: the load reports the target's span, the operation the statement's
    const opJs = (a: string, b: string) => {
      const p = `f.p = ${this.span(s)}`;
      if (s.op === 'Div' && this.u.py2) return `R.py2idiv(${a}, ${b}, ${p})`;
      return op === 'ibinop' ? `R.inplace(${OPNUM[s.op]}, ${a}, ${b}, ${p})` : `R.${op}(${a}, ${b}, ${p})`;
    };
    // the new value: on raw doubles where it can be (fusedAug), else the
    // current value kept, the value compiled, the operator applied
    const newValue = (curJs: string): string => {
      const fused = this.fusedAug(s.op, curJs, s.value, opJs);
      if (fused !== null) return fused;
      const cur = this.keep(curJs, s.value);
      return opJs(cur, this.expr(s.value));
    };
    if (t.type === 'Name') {
      this.storeName(t.id, newValue(this.loadName(t.id, t)));
      return;
    }
    if (t.type === 'Attribute') {
      const o = this.spill(this.expr(t.value));
      const name = this.attr(t.attr);
      const nv = newValue(`R.getattrIC(${o}, ${name}, ${this.u.icSite()}, f.p = ${this.span(t)})`);
      this.emit(`R.setattrIC(${o}, ${name}, ${nv}, ${this.u.icSite()});`);
      return;
    }
    if (t.type === 'Subscript') {
      const o = this.spill(this.expr(t.value));
      const k = this.spill(t.slice.type === 'Slice' ? this.slice(t.slice) : this.expr(t.slice));
      this.emit(`R.setitem(${o}, ${k}, ${newValue(`R.getitem(${o}, ${k}, f.p = ${this.subscriptSpan(t)})`)});`);
      return;
    }
    throw new CompileError(`'${t.type.toLowerCase()}' is an illegal expression for augmented assignment`, t);
  }

  private annAssign(s: A.AnnAssign): void {
    if (s.value) {
      const v = this.spill(this.expr(s.value));
      this.store(s.target, v);
    }
    if (s.target.type === 'Name' && s.simple && !this.fnScope) {
      const ann = this.futureAnnotations ? jsStr(unparse(s.annotation)) : this.expr(s.annotation);
      this.emit(`R.annotate(N, ${jsStr(this.mangled(s.target.id))}, ${ann});`);
    } else if (!this.fnScope && !this.futureAnnotations) {
      const a = this.expr(s.annotation);
      if (!this.stable(a) && a !== 'r') this.emit(`${a};`);
    }
  }

  private del(t: A.Expr): void {
    switch (t.type) {
      case 'Name':
        return this.delName(t.id);
      case 'Attribute':
        this.emit(`R.delattr(${this.expr(t.value)}, ${this.attr(t.attr)});`);
        return;
      case 'Subscript': {
        const o = this.keep(this.expr(t.value), t.slice);
        const k = t.slice.type === 'Slice' ? this.slice(t.slice) : this.expr(t.slice);
        this.emit(`R.delitem(${o}, ${k}, f.p = ${this.subscriptSpan(t)});`);
        return;
      }
      case 'Tuple':
      case 'List':
        for (const x of t.elts) this.del(x);
        return;
    }
    throw new CompileError(`cannot delete ${t.type}`, t);
  }

  // ---- control flow ---------------------------------------------------------------

  /** `throw x` as a jump to the handler of the current region (or RAISE
   * out of the frame): raising in Python code costs no JS throw. */
  raiseJs(x: string): string {
    return `{ e = R.caught(${x}, f, t, f.p); if (f.h < 0) { t.exc = e; return RAISE; } pc = f.h; continue; }`;
  }

  /** Jumps to label l, setting the handler register for its region. */
  jumpTo(l: number, h: number): void {
    if (h !== this.curH) this.emit(`f.h = ${h};`);
    this.emit(`pc = ${l}; continue;`);
  }

  /** A loop back-edge: a preemption point, then the jump. */
  backEdge(head: number): void {
    this.emit(`if (--V.tick < 0) { f.pc = ${head}; return S; }`);
    this.jump(head);
  }

  private ifStmt(s: A.If): void {
    const els = this.newLabel(), end = this.newLabel();
    this.emit(`if (!(${this.cond(s.test)})) { pc = ${els}; continue; }`);
    this.stmts(s.body);
    if (s.orelse.length) {
      this.jump(end);
      this.place(els);
      this.stmts(s.orelse);
      this.place(end);
    } else {
      this.place(els);
    }
  }

  private whileStmt(s: A.While): void {
    const head = this.newLabel(), els = this.newLabel(), end = this.newLabel();
    this.place(head);
    const always = s.test.type === 'Constant' && (s.test.value.kind === 'bool' ? s.test.value.value : s.test.value.kind === 'int' && s.test.value.value !== 0n);
    if (!always) {
      this.line(s);
      this.emit(`if (!(${this.cond(s.test)})) { pc = ${els}; continue; }`);
    }
    this.blocks.push({ kind: 'loop', brk: end, cont: head, h: this.curH } as Loop as any);
    this.stmts(s.body);
    this.blocks.pop();
    this.backEdge(head);
    this.place(els);
    this.stmts(s.orelse);
    this.place(end);
  }

  private forStmt(s: A.For, isAsync = false): void {
    const iter = this.expr(s.iter);
    const it = this.temp();
    this.emit(`${it} = ${isAsync ? `R.aiter(${iter})` : `R.iter(${iter})`};`);
    const head = this.newLabel(), els = this.newLabel(), end = this.newLabel();
    this.place(head);
    this.line(s);
    let v: string;
    if (isAsync) v = this.asyncNext(it, els);
    else {
      v = this.suspend(`R.forNext(t, ${it})`);
      this.emit(`if (${v} === STOP) { pc = ${els}; continue; }`);
    }
    this.store(s.target, targetSusp(s.target) ? this.spill(v) : v);
    this.blocks.push({ kind: 'loop', brk: end, cont: head, h: this.curH } as any);
    // the loop variables are bound throughout the body
    const marked = namesOf(s.target).filter((n) => this.markBound(n));
    this.stmts(s.body);
    for (const n of marked) this.alwaysBound.delete(this.mangled(n));
    this.blocks.pop();
    this.backEdge(head);
    this.place(els);
    this.freeTemp(it);
    this.stmts(s.orelse);
    this.place(end);
  }

  /** `await anext(it)` that jumps to `done` on StopAsyncIteration. */
  asyncNext(it: string, done: number): string {
    const outerH = this.curH;
    const hStop = this.newLabel(), got = this.newLabel();
    this.setHandler(hStop);
    const v = this.delegate(`R.getAwaitable(R.anext(${it}))`);
    this.setHandler(outerH);
    this.jump(got);
    this.curH = outerH;
    this.place(hStop);
    this.emit(`f.h = ${outerH};`);
    this.emit(`if (!R.excMatch(e, R.StopAsyncIteration)) ${this.raiseJs('R.reraise(e)')}`);
    this.jump(done);
    this.place(got);
    return v;
  }

  private breakContinue(s: A.Break | A.Continue, isBreak: boolean): void {
    let i = this.blocks.length - 1;
    while (i >= 0 && this.blocks[i].kind !== 'loop') {
      if (this.blocks[i].kind === 'stop') i = -1;
      else i--;
    }
    if (i < 0) throw new CompileError(isBreak ? "'break' outside loop" : "'continue' not properly in loop", s);
    const loop = this.blocks[i] as unknown as Loop;
    this.unwindTo(i + 1);
    this.jumpTo(isBreak ? loop.brk : loop.cont, loop.h);
  }

  /** Emits the finally bodies of blocks above depth (innermost first). */
  unwindTo(depth: number): void {
    const saved = this.blocks;
    const savedH = this.curH;
    for (let i = saved.length - 1; i >= depth; i--) {
      const b = saved[i];
      if (b.kind === 'finally') {
        this.blocks = saved.slice(0, i);
        this.setHandler(b.outerH);
        b.run();
      }
    }
    this.blocks = saved;
    if (this.curH !== savedH) this.curH = savedH;
  }

  returnStmt(v: string): void {
    const hasFinally = this.blocks.some((b) => b.kind === 'finally');
    if (hasFinally) {
      // a copy even of a local: the finally body may assign it
      if (/^L\[\d+\]$/.test(v)) {
        const t = this.temp();
        this.emit(`${t} = ${v};`);
        v = t;
      } else v = this.spill(v);
      this.unwindTo(0);
    }
    if (this.isGenerator) this.emit(`f.pc = -1;`);
    this.emit(`return ${v};`);
  }

  private raise(s: A.Raise): void {
    if (!s.exc) {
      this.emit(this.raiseJs('R.reraise(R.activeExc(t))'));
      return;
    }
    const [x, c] = s.cause ? this.exprList([s.exc, s.cause]) : [this.expr(s.exc), 'undefined'];
    // the traceback entry points at the whole raise statement (no carets)
    this.emit(this.raiseJs(`R.mkraise(${x}, ${c}, f.p = ${this.span(s)})`));
  }

  // ---- try ------------------------------------------------------------------------

  private tryStmt(s: A.Try): void {
    if (s.finalbody.length) {
      this.tryFinally(
        () => {
          if (s.handlers.length && s.type === 'TryStar') this.tryStar(s);
          else if (s.handlers.length) this.tryExcept(s);
          else this.stmts(s.body);
        },
        () => this.stmts(s.finalbody),
      );
    } else if (s.type === 'TryStar') this.tryStar(s);
    else this.tryExcept(s);
  }

  /** try/except* (PEP 654): each clause handles its part of the group. */
  private tryStar(s: A.Try): void {
    const outerH = this.curH;
    const hExc = this.newLabel(), after = this.newLabel(), done = this.newLabel();
    this.setHandler(hExc);
    this.stmts(s.body);
    this.setHandler(outerH);
    this.stmts(s.orelse);
    this.jump(after);
    this.place(hExc);
    this.emit(`f.h = ${outerH};`);
    const st = this.temp(), prev = this.temp(), m = this.temp();
    this.emit(`${st} = R.starStart(e); ${prev} = t.excInfo;`);
    for (const hd of s.handlers) {
      this.line(hd);
      const next = this.newLabel(), hRaised = this.newLabel();
      const ty = hd.exc_type ? this.expr(hd.exc_type) : 'R.None';
      this.emit(`${m} = R.starMatch(${st}, ${ty});`);
      this.emit(`if (${m} === null) { pc = ${next}; continue; }`);
      this.emit(`t.excInfo = ${m};`);
      if (hd.name) this.storeName(hd.name, m);
      this.setHandler(hRaised);
      this.blocks.push({ kind: 'stop' });
      this.stmts(hd.body);
      this.blocks.pop();
      this.setHandler(outerH);
      this.emit(`t.excInfo = ${prev};`);
      this.jump(next);
      this.curH = outerH;
      this.place(hRaised);
      this.emit(`f.h = ${outerH}; t.excInfo = ${prev}; R.starRaised(${st}, e);`);
      this.place(next);
    }
    this.emit(`e = R.starFinish(${st});`);
    this.emit(`if (e === null) { pc = ${done}; continue; }`);
    this.emit(`if (e === ${st}.orig) ${this.raiseJs('R.reraise(e)')}`);
    this.emit(this.raiseJs('e'));
    this.place(done);
    this.freeTemp(st);
    this.freeTemp(prev);
    this.freeTemp(m);
    this.place(after);
  }

  /** body, with `fin` run on every way out of it. */
  tryFinally(body: () => void, fin: () => void): void {
    const outerH = this.curH;
    const hFin = this.newLabel(), end = this.newLabel();
    this.setHandler(hFin);
    this.blocks.push({ kind: 'finally', run: fin, outerH });
    body();
    this.blocks.pop();
    this.setHandler(outerH);
    fin();
    this.jump(end);
    this.curH = outerH;
    this.place(hFin);
    this.emit(`f.h = ${outerH};`);
    const ex = this.temp(), prev = this.temp();
    this.emit(`${ex} = e; ${prev} = t.excInfo; t.excInfo = ${ex};`);
    const hClean = this.newLabel();
    this.setHandler(hClean);
    this.blocks.push({ kind: 'finally', run: () => this.emit(`t.excInfo = ${prev};`), outerH });
    fin();
    this.blocks.pop();
    this.setHandler(outerH);
    this.emit(`t.excInfo = ${prev}; ${this.raiseJs(`R.reraise(${ex})`)}`);
    this.place(hClean);
    this.emit(`f.h = ${outerH}; t.excInfo = ${prev}; ${this.raiseJs('R.reraise(e)')}`);
    this.freeTemp(ex);
    this.freeTemp(prev);
    this.place(end);
  }

  private tryExcept(s: A.Try): void {
    const outerH = this.curH;
    const hExc = this.newLabel(), after = this.newLabel(), hClean = this.newLabel();
    this.setHandler(hExc);
    this.stmts(s.body);
    this.setHandler(outerH);
    this.stmts(s.orelse);
    this.jump(after);
    this.place(hExc);
    this.emit(`f.h = ${outerH};`);
    const ex = this.temp(), prev = this.temp();
    this.emit(`${ex} = e; ${prev} = t.excInfo; t.excInfo = ${ex};`);
    this.setHandler(hClean);
    for (const hd of s.handlers) {
      this.line(hd);
      const next = this.newLabel();
      if (hd.exc_type) {
        const ty = this.expr(hd.exc_type);
        this.emit(`if (!R.excMatch(${ex}, ${ty}${s.type === 'TryStar' ? ', 1' : ''})) { pc = ${next}; continue; }`);
      }
      if (hd.name) this.storeName(hd.name, ex);
      const restore = () => {
        this.emit(`t.excInfo = ${prev};`);
        if (hd.name) {
          this.storeName(hd.name, 'None');
          this.delName(hd.name);
        }
      };
      this.blocks.push({ kind: 'finally', run: restore, outerH });
      this.stmts(hd.body);
      this.blocks.pop();
      this.setHandler(outerH);
      restore();
      this.jumpTo(after, outerH);
      this.curH = hClean;
      this.place(next);
    }
    this.setHandler(outerH);
    this.emit(`t.excInfo = ${prev}; ${this.raiseJs(`R.reraise(${ex})`)}`);
    this.place(hClean);
    this.emit(`f.h = ${outerH}; t.excInfo = ${prev}; ${this.raiseJs('R.reraise(e)')}`);
    this.curH = outerH;
    this.freeTemp(ex);
    this.freeTemp(prev);
    this.place(after);
  }

  // ---- with -------------------------------------------------------------------------

  private withStmt(s: A.With, k: number): void {
    if (k >= s.items.length) {
      this.stmts(s.body);
      return;
    }
    const isAsync = s.type === 'AsyncWith';
    const item = s.items[k];
    const mgr = this.spill(this.expr(item.context_expr));
    const exit = this.temp();
    this.emit(`${exit} = R.${isAsync ? 'withAexit' : 'withExit'}(${mgr});`);
    let entered = this.suspend(`R.${isAsync ? 'withAenter' : 'withEnter'}(t, ${mgr})`);
    if (isAsync) entered = this.delegate(`R.getAwaitable(${entered})`);
    if (item.optional_vars) this.store(item.optional_vars, entered);
    const outerH = this.curH;
    const hW = this.newLabel(), after = this.newLabel();
    // the implicit __exit__ call belongs to the with statement (CPython's
    // tracebacks show its line, not the body's last)
    const atWith = () => {
      this.line(s);
      this.emit(`f.p = ${this.span(s)};`);
    };
    const callExitNone = () => {
      atWith();
      const r = this.suspend(`R.call3(t, ${exit}, None, None, None)`);
      this.lineDirty();
      if (isAsync) this.delegate(`R.getAwaitable(${r})`);
    };
    this.setHandler(hW);
    this.blocks.push({ kind: 'finally', run: callExitNone, outerH });
    this.withStmt(s, k + 1);
    this.blocks.pop();
    this.setHandler(outerH);
    callExitNone();
    this.jump(after);
    this.curH = outerH;
    this.place(hW);
    this.emit(`f.h = ${outerH};`);
    const ex = this.temp(), prev = this.temp();
    this.emit(`${ex} = e; ${prev} = t.excInfo; t.excInfo = ${ex};`);
    const hClean = this.newLabel();
    this.setHandler(hClean);
    atWith();
    let r = this.suspend(`R.callExit(t, ${exit}, ${ex})`);
    this.lineDirty();
    if (isAsync) r = this.delegate(`R.getAwaitable(${r})`);
    this.setHandler(outerH);
    this.emit(`t.excInfo = ${prev};`);
    this.emit(`if (!R.truthy(${r})) ${this.raiseJs(`R.reraise(${ex})`)}`);
    this.jump(after);
    this.place(hClean);
    this.emit(`f.h = ${outerH}; t.excInfo = ${prev}; ${this.raiseJs('R.reraise(e)')}`);
    this.curH = outerH;
    this.freeTemp(ex);
    this.freeTemp(prev);
    this.freeTemp(exit);
    this.freeTemp(mgr);
    this.place(after);
  }

  // ---- definitions --------------------------------------------------------------------

  private decorators(list: A.Expr[]): string[] {
    return list.map((d) => this.spill(this.expr(d)));
  }

  private applyDecorators(decs: string[], v: string): string {
    for (let i = decs.length - 1; i >= 0; i--) v = this.suspend(`R.call1(t, ${decs[i]}, ${v})`);
    return v;
  }

  private annotationsOf(args: A.Arguments, returns: A.Expr | null): string | null {
    const names: string[] = [];
    const vals: A.Expr[] = [];
    const all = [...args.posonlyargs, ...args.args];
    if (args.vararg) all.push(args.vararg);
    all.push(...args.kwonlyargs);
    if (args.kwarg) all.push(args.kwarg);
    for (const a of all) {
      if (a.annotation) {
        names.push(this.mangled(a.arg));
        vals.push(a.annotation);
      }
    }
    if (returns) {
      names.push('return');
      vals.push(returns);
    }
    if (!names.length) return null;
    if (this.futureAnnotations) return `R.annotations(${this.u.konst(names)}, ${jsStr(JSON.stringify(vals.map(unparse)))})`;
    const vs = this.exprList(vals);
    return this.spill(`R.annotations(${this.u.konst(names)}, [${vs.join(', ')}])`);
  }

  private funcDef(s: A.FunctionDef): void {
    const decs = this.decorators(s.decorator_list);
    const ann = this.annotationsOf(s.args, s.returns);
    let v = this.makeFunction(s, s.name, s.args, ann);
    if (decs.length) v = this.applyDecorators(decs, this.spill(v));
    this.storeName(s.name, v);
  }

  private classDef(s: A.ClassDef): void {
    const decs = this.decorators(s.decorator_list);
    const hasStar = s.bases.some((b) => b.type === 'Starred') || s.keywords.some((k) => k.arg === null);
    const code = this.u.nested(s, s.name, this.childQualname(s.name));
    const cells = this.closureOf(s);
    const fn = `R.mkfn(${code}, G, B, null, null, ${cells}, null)`;
    let v: string;
    if (hasStar) {
      const vals = this.exprList([...s.bases.map((b) => (b.type === 'Starred' ? b.value : b)), ...s.keywords.map((k) => k.value)]);
      const bases = s.bases.map((b, i) => (b.type === 'Starred' ? `R.starSeq(${vals[i]})` : `[${vals[i]}]`));
      const d = this.js();
      let kw = `(${d} = R.dict(), `;
      s.keywords.forEach((k, i) => {
        const x = vals[s.bases.length + i];
        kw += k.arg === null ? `R.dictUpdate(${d}, ${x}), ` : `R.dictSet(${d}, ${jsStr(k.arg)}, ${x}), `;
      });
      kw += `${d})`;
      v = this.suspend(`R.buildClassEx(t, ${fn}, ${jsStr(s.name)}, [].concat(${bases.join(', ') || '[]'}), ${kw})`);
    } else {
      const vals = this.exprList([...s.bases, ...s.keywords.map((k) => k.value)]);
      const bases = vals.slice(0, s.bases.length);
      const kwv = vals.slice(s.bases.length);
      const kwn = this.u.konst(s.keywords.map((k) => k.arg));
      v = this.suspend(`R.buildClass(t, ${fn}, ${jsStr(s.name)}, [${bases.join(', ')}], ${kwn}, [${kwv.join(', ')}])`);
    }
    if (decs.length) v = this.applyDecorators(decs, this.spill(v));
    this.storeName(s.name, v);
  }

  // ---- imports ------------------------------------------------------------------------

  private importStmt(s: A.Import): void {
    for (const a of s.names) {
      this.names.add(a.name);
      if (a.asname) {
        const m = this.suspend(`R.importName(t, f, ${jsStr(a.name)}, null, 0, 1)`);
        this.storeName(a.asname, m);
      } else {
        const m = this.suspend(`R.importName(t, f, ${jsStr(a.name)}, null, 0, 0)`);
        this.storeName(a.name.split('.')[0], m);
      }
    }
  }

  private importFrom(s: A.ImportFrom): void {
    const names = s.names.map((a) => a.name);
    this.names.add(s.module ?? '');
    const m = this.spill(this.suspend(`R.importName(t, f, ${jsStr(s.module ?? '')}, ${this.u.konst(names)}, ${s.level}, 0)`));
    if (names.length === 1 && names[0] === '*') {
      this.emit(`R.importStar(${m}, N);`);
      return;
    }
    for (const a of s.names) {
      this.names.add(a.name);
      const v = this.suspend(`R.importFrom(t, ${m}, ${jsStr(a.name)})`);
      this.storeName(a.asname ?? a.name, v);
    }
    this.freeTemp(m);
  }

  // ---- Python 2 print statement ------------------------------------------------------------

  private printStmt(s: A.Print): void {
    const all = s.dest ? [s.dest, ...s.values] : s.values;
    const vs = this.exprList(all);
    const dest = s.dest ? vs[0] : 'null';
    const vals = s.dest ? vs.slice(1) : vs;
    this.emit(`R.py2print(${dest}, [${vals.join(', ')}], ${s.nl});`);
  }
}

function targetSusp(t: A.Expr): boolean {
  switch (t.type) {
    case 'Name':
      return false;
    case 'Attribute':
      return susp(t.value);
    case 'Subscript':
      return susp(t.value) || susp(t.slice);
    case 'Tuple':
    case 'List':
      return true;
    case 'Starred':
      return targetSusp(t.value);
  }
  return true;
}

const AUG: Partial<Record<A.Operator, string>> = { Add: 'iadd', Sub: 'isub', Mult: 'imul', Div: 'itruediv' };
const OPNUM: Record<A.Operator, number> = {
  Add: 0, Sub: 1, Mult: 2, Div: 3, FloorDiv: 4, Mod: 5, Pow: 6, LShift: 7, RShift: 8, BitAnd: 9, BitOr: 10, BitXor: 11, MatMult: 12,
};

const NONE_E: A.Expr = { type: 'Constant', value: { kind: 'None' }, kind: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 };

/** The plain names an assignment target binds (x, (a, b), [c, *d]). */
function namesOf(t: A.Expr): string[] {
  if (t.type === 'Name') return [t.id];
  if (t.type === 'Tuple' || t.type === 'List') return t.elts.flatMap(namesOf);
  if (t.type === 'Starred') return namesOf(t.value);
  return [];
}

/** Names certainly bound once statement s completed normally. */
function boundBy(s: A.Stmt): string[] {
  switch (s.type) {
    case 'Assign':
      return s.targets.flatMap(namesOf);
    case 'AugAssign':
      return namesOf(s.target);
    case 'AnnAssign':
      return s.value ? namesOf(s.target) : [];
    case 'Import':
      return s.names.map((a) => a.asname ?? a.name.split('.')[0]);
    case 'ImportFrom':
      return s.names[0]?.name === '*' ? [] : s.names.map((a) => a.asname ?? a.name);
    case 'FunctionDef':
    case 'AsyncFunctionDef':
    case 'ClassDef':
      return [s.name];
    case 'With':
    case 'AsyncWith':
      return s.items.flatMap((i) => (i.optional_vars ? namesOf(i.optional_vars) : []));
  }
  return [];
}
