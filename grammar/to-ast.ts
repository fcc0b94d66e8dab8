// CST → AST: statements, on top of the expression and pattern visitors.
// The full visitor is checked with Chevrotain's validateVisitor when it is
// first linked to the parser, so a grammar rule without a visit method fails
// loudly instead of being skipped.
import type { CstNode, IToken } from 'chevrotain';
import type {
  Alias, ExceptHandler, Expr, MatchCase, Pos, Stmt, WithItem, Name, Operator,
} from './ast';
import { nameOf, VisitorBase, type Ch, type Param } from './to-ast-expressions';
import { PatternVisitor } from './to-ast-patterns';
import { exprName, invalidTarget, setContext } from './targets';
import * as T from './tokens';

const AUG_OPS: Record<string, Operator> = {
  '+=': 'Add', '-=': 'Sub', '*=': 'Mult', '@=': 'MatMult', '/=': 'Div', '%=': 'Mod', '**=': 'Pow',
  '<<=': 'LShift', '>>=': 'RShift', '|=': 'BitOr', '^=': 'BitXor', '&=': 'BitAnd', '//=': 'FloorDiv',
};


function startOf(t: IToken): { lineno: number; col_offset: number } {
  return { lineno: t.startLine!, col_offset: t.startColumn! - 1 };
}

export class ToAst extends PatternVisitor {
  /** Statements followed by a trailing ';' on their line: a compound
   * statement ending there ends after the ';' (CPython's last token rule). */
  private semis = new Map<Stmt, IToken>();

  /** End position of a compound statement whose last body is `body`. */
  private endOf(body: Stmt[]): { end_lineno: number; end_col_offset: number } {
    const s = body[body.length - 1];
    const semi = this.semis.size ? this.semis.get(s) : undefined;
    if (semi) return { end_lineno: semi.endLine!, end_col_offset: semi.endColumn! };
    return { end_lineno: s.end_lineno, end_col_offset: s.end_col_offset };
  }

  // ---- top level ---------------------------------------------------------------

  fileInput(ch: Ch): Stmt[] {
    const out: Stmt[] = [];
    const stmts: CstNode[] | undefined = ch.stmt;
    if (stmts) for (let i = 0; i < stmts.length; i++) this.statement(stmts[i], out);
    return out;
  }

  /** `eval` input (and f-string fields, which are parenthesized). */
  evalInput(ch: Ch): Expr {
    const e = this.starExpressions(ch.starExpressions[0].children);
    // eval takes `expressions`: no `*x` at the top level (a tuple without
    // parentheses starts where its first element does)
    if (e.type === 'Starred') this.failNode('invalid syntax', e);
    if (e.type === 'Tuple' && e.elts.length && e.col_offset === this.startCol(e.elts[0]) && e.lineno === this.startLine(e.elts[0])) {
      const bad = e.elts.find((x) => x.type === 'Starred');
      if (bad) this.failNode('invalid syntax', bad);
    }
    return e;
  }

  /** A statement node of any kind (the grammar labels them all 'stmt'). */
  private statement(n: CstNode, out: Stmt[]): void {
    if (n.name === 'simpleStmts') this.simpleStmts(n.children, out);
    else out.push((this as any)[n.name](n.children));
  }

  simpleStmts(ch: Ch, out: Stmt[]): void {
    const s: (CstNode | IToken)[] = ch.stmt;
    for (let i = 0; i < s.length; i++) out.push(this.simple(s[i]));
    if (ch.Semi && ch.Semi.length === s.length) this.semis.set(out[out.length - 1], ch.Semi[ch.Semi.length - 1]);
  }

  simpleStmt(ch: Ch): Stmt {
    return this.simple(ch.stmt[0]);
  }

  private simple(n: CstNode | IToken): Stmt {
    if ('image' in n) {
      const type = n.tokenType === T.Pass ? 'Pass' : n.tokenType === T.Break ? 'Break' : 'Continue';
      return { type, ...this.tokPos(n) };
    }
    if (n.name === 'exprStmt') return this.exprStmt(n.children);
    if (n.name === 'simpleStmt') return this.simpleStmt(n.children);
    return (this as any)[n.name](n.children);
  }

  /** An indented block, or simple statements after the ':' (both labelled 'stmt'). */
  block(ch: Ch): Stmt[] {
    const out: Stmt[] = [];
    for (const s of ch.stmt as CstNode[]) this.statement(s, out);
    return out;
  }

  // ---- simple statements -----------------------------------------------------------

  exprStmt(ch: Ch): Stmt {
    const first: Expr = ch.yieldExpr ? this.yieldExpr(ch.yieldExpr[0].children) : this.starExpressions(ch.starExpressions[0].children);
    const rhs: CstNode[] | undefined = ch.rhs;
    if (ch.annotation) {
      this.checkAnnotated(first);
      const annotation = this.test(ch.annotation[0].children);
      const value = rhs ? this.rhs(rhs[0].children) : null;
      setContext(first, 'Store');
      const end = value ?? annotation;
      return {
        type: 'AnnAssign', target: first, annotation, value,
        simple: first.type === 'Name' && !this.parens.has(first) ? 1 : 0, ...this.span(first, end),
      };
    }
    if (ch.AugAssign) {
      if (first.type !== 'Name' && first.type !== 'Attribute' && first.type !== 'Subscript') {
        this.failNode(`'${exprName(first)}' is an illegal expression for augmented assignment`, first);
      }
      const value = this.rhs(rhs![0].children);
      setContext(first, 'Store');
      return { type: 'AugAssign', target: first, op: AUG_OPS[(ch.AugAssign[0] as IToken).image], value, ...this.span(first, value) };
    }
    if (!rhs) return { type: 'Expr', value: first, ...this.span(first, first) };
    const targets = [first];
    for (let i = 0; i < rhs.length - 1; i++) targets.push(this.rhs(rhs[i].children));
    const value = this.rhs(rhs[rhs.length - 1].children);
    for (const t of targets) this.checkAssigned(t, targets.length === 1, value);
    return { type: 'Assign', targets, value, ...this.span(first, value) };
  }

  /** CPython's invalid_assignment and invalid_named_expression messages. */
  private checkAssigned(t: Expr, single: boolean, value: Expr): void {
    if (t.type === 'Yield' || t.type === 'YieldFrom') this.failNode('assignment to yield expression not possible', t);
    const bad = invalidTarget(t, false);
    if (bad) {
      const paren = this.parens.has(t);
      const bitwiseOr = paren || !(t.type === 'Compare' || t.type === 'BoolOp' || t.type === 'IfExp' || t.type === 'Lambda'
        || t.type === 'NamedExpr' || (t.type === 'UnaryOp' && t.op === 'Not') || t.type === 'Starred');
      const excluded = t.type === 'List' || t.type === 'Tuple' || t.type === 'GeneratorExp'
        || (t.type === 'Constant' && (t.value.kind === 'None' || t.value.kind === 'bool'));
      if (single && bitwiseOr && !excluded && value.type !== 'Yield' && value.type !== 'YieldFrom') {
        this.failNode(`cannot assign to ${exprName(t)} here. Maybe you meant '==' instead of '='?`, t);
      }
      this.failNode(`cannot assign to ${exprName(bad)}`, bad);
    }
    setContext(t, 'Store');
  }

  private checkAnnotated(t: Expr): void {
    if (t.type === 'Tuple') {
      // an unparenthesized tuple starts with its first element: CPython points at that
      const bare = t.elts.length && t.col_offset === this.startCol(t.elts[0]) && t.lineno === this.startLine(t.elts[0]);
      this.failNode('only single target (not tuple) can be annotated', bare ? t.elts[0] : t);
    }
    if (t.type === 'List') this.failNode('only single target (not list) can be annotated', t);
    if (t.type !== 'Name' && t.type !== 'Attribute' && t.type !== 'Subscript') this.failNode('illegal target for annotation', t);
  }

  rhs(ch: Ch): Expr {
    return ch.yieldExpr ? this.yieldExpr(ch.yieldExpr[0].children) : this.starExpressions(ch.starExpressions[0].children);
  }

  printStmt(ch: Ch): Stmt {
    this.py2 = true;
    const kw: IToken = ch.Print[0];
    const dest = ch.dest ? this.test(ch.dest[0].children) : null;
    const values = ((ch.test ?? []) as CstNode[]).map((n) => this.test(n.children));
    const commas: IToken[] = ch.Comma ?? [];
    const nl = commas.length === 0 || commas.length < values.length + (dest ? 1 : 0);
    const lastVal = values.length ? values[values.length - 1] : dest;
    const lastComma = commas[commas.length - 1];
    let pos: Pos = lastVal ? this.spanTok(kw, lastVal) : this.tokPos(kw);
    if (!nl && lastComma) pos = this.spanTok(kw, lastComma);
    return { type: 'Print', dest, values, nl, ...pos };
  }

  execStmt(ch: Ch): Stmt {
    this.py2 = true;
    const kw: IToken = ch.Exec[0];
    let body = this.disjunction(ch.disjunction[0].children);
    let globals: Expr | null = null;
    const locals = ch.test ? this.test(ch.test[0].children) : null;
    const end = locals ?? body;
    if (body.type === 'Compare' && body.ops[body.ops.length - 1] === 'In' && !this.parens.has(body)) {
      // `exec code in g`: the `in` was read as a comparison
      globals = body.comparators[body.comparators.length - 1];
      body = body.ops.length === 1 ? body.left : { ...body, ops: body.ops.slice(0, -1), comparators: body.comparators.slice(0, -1) };
    } else if (locals) {
      this.failTok('invalid syntax', ch.Comma[0]);
    }
    return { type: 'Exec', body, globals, locals, ...this.spanTok(kw, end) };
  }

  delStmt(ch: Ch): Stmt {
    const sx = ch.starExpressions[0].children as Ch;
    const e = this.starExpressions(sx);
    const targets = sx.Comma && e.type === 'Tuple' ? e.elts : [e];
    for (const t of targets) this.checkTarget(t, 'Del');
    return { type: 'Delete', targets, ...this.spanTok(ch.Del[0], e) };
  }

  returnStmt(ch: Ch): Stmt {
    const kw: IToken = ch.Return[0];
    if (!ch.starExpressions) return { type: 'Return', value: null, ...this.tokPos(kw) };
    const value = this.starExpressions(ch.starExpressions[0].children);
    return { type: 'Return', value, ...this.spanTok(kw, value) };
  }

  raiseStmt(ch: Ch): Stmt {
    const kw: IToken = ch.Raise[0];
    if (!ch.test) return { type: 'Raise', exc: null, cause: null, ...this.tokPos(kw) };
    let exc = this.test(ch.test[0].children);
    let cause: Expr | null = null;
    let end = exc;
    if (ch.cause) {
      cause = this.test(ch.cause[0].children);
      end = cause;
    } else if (ch.value) {
      // py2 `raise E, V[, tb]` means `raise E(V)`; the traceback is dropped
      this.py2 = true;
      const value = this.test(ch.value[0].children);
      end = ch.traceback ? this.test(ch.traceback[0].children) : value;
      exc = { type: 'Call', func: exc, args: [value], keywords: [], ...this.span(exc, value) };
    }
    return { type: 'Raise', exc, cause, ...this.spanTok(kw, end) };
  }

  globalStmt(ch: Ch): Stmt {
    const names: IToken[] = ch.Name;
    const kw: IToken = (ch.Global ?? ch.Nonlocal)[0];
    const pos = this.spanTok(kw, names[names.length - 1]);
    return { type: ch.Global ? 'Global' : 'Nonlocal', names: names.map(nameOf), ...pos };
  }

  importName(ch: Ch): Stmt {
    const names = (ch.dottedAsName as CstNode[]).map((n) => this.dottedAsName(n.children));
    const last = names[names.length - 1];
    return { type: 'Import', names, ...startOf(ch.Import[0]), end_lineno: last.end_lineno, end_col_offset: last.end_col_offset };
  }

  dottedAsName(ch: Ch): Alias {
    const d = ch.dottedName[0].children as Ch;
    const names: IToken[] = d.Name;
    const last: IToken = ch.asname ? ch.asname[0] : names[names.length - 1];
    return {
      type: 'alias', name: this.dottedName(d), asname: ch.asname ? nameOf(ch.asname[0]) : null,
      ...this.spanTok(names[0], last),
    };
  }

  dottedName(ch: Ch): string {
    return (ch.Name as IToken[]).map(nameOf).join('.');
  }

  importFrom(ch: Ch): Stmt {
    let level = 0;
    for (const d of (ch.dots ?? []) as IToken[]) level += d.image.length;
    const module = ch.dottedName ? this.dottedName(ch.dottedName[0].children) : null;
    let names: Alias[];
    let endTok: IToken | Alias;
    if (ch.Star) {
      const s: IToken = ch.Star[0];
      names = [{ type: 'alias', name: '*', asname: null, ...this.tokPos(s) }];
      endTok = s;
    } else {
      const n = ch.importAsNames[0].children as Ch;
      if (!ch.LPar && n.Comma && n.Comma.length >= n.importAsName.length) {
        const c: IToken = n.Comma[n.Comma.length - 1];
        this.failAt('trailing comma not allowed without surrounding parentheses', c.endLine!, c.endColumn!, c.endLine!, c.endColumn!);
      }
      names = this.importAsNames(n);
      endTok = ch.RPar ? ch.RPar[0] : names[names.length - 1];
    }
    const end = 'image' in endTok
      ? { end_lineno: endTok.endLine!, end_col_offset: endTok.endColumn! }
      : { end_lineno: endTok.end_lineno, end_col_offset: endTok.end_col_offset };
    return { type: 'ImportFrom', module, names, level, ...startOf(ch.From[0]), ...end };
  }

  importAsNames(ch: Ch): Alias[] {
    return (ch.importAsName as CstNode[]).map((n) => this.importAsName(n.children));
  }

  importAsName(ch: Ch): Alias {
    const name: IToken = ch.Name[0];
    const last: IToken = ch.asname ? ch.asname[0] : name;
    return { type: 'alias', name: nameOf(name), asname: ch.asname ? nameOf(ch.asname[0]) : null, ...this.spanTok(name, last) };
  }

  assertStmt(ch: Ch): Stmt {
    const test = this.test(ch.test[0].children);
    const msg = ch.msg ? this.test(ch.msg[0].children) : null;
    return { type: 'Assert', test, msg, ...this.spanTok(ch.Assert[0], msg ?? test) };
  }

  // ---- compound statements ---------------------------------------------------------

  ifStmt(ch: Ch): Stmt {
    const test = this.test(ch.test[0].children, true);
    const body = this.block(ch.block[0].children);
    // elif chains become nested Ifs in orelse, built from the last one back
    const elifs = ((ch.elifClause ?? []) as CstNode[]).map((n) => {
      const c = n.children as Ch;
      return { tok: c.Elif[0] as IToken, test: this.test(c.test[0].children, true), body: this.block(c.block[0].children) };
    });
    let orelse: Stmt[] = ch.elseClause ? this.elseClause(ch.elseClause[0].children) : [];
    for (let i = elifs.length - 1; i >= 0; i--) {
      const e = elifs[i];
      orelse = [{ type: 'If', test: e.test, body: e.body, orelse, ...startOf(e.tok), ...this.endOf(orelse.length ? orelse : e.body) }];
    }
    return { type: 'If', test, body, orelse, ...startOf(ch.If[0]), ...this.endOf(orelse.length ? orelse : body) };
  }

  elifClause(_ch: Ch): never { throw new Error('handled by ifStmt()'); }

  elseClause(ch: Ch): Stmt[] {
    return this.block(ch.block[0].children);
  }

  whileStmt(ch: Ch): Stmt {
    const test = this.test(ch.test[0].children, true);
    const body = this.block(ch.block[0].children);
    const orelse = ch.elseClause ? this.elseClause(ch.elseClause[0].children) : [];
    return { type: 'While', test, body, orelse, ...startOf(ch.While[0]), ...this.endOf(orelse.length ? orelse : body) };
  }

  forStmt(ch: Ch, asyncTok?: IToken): Stmt {
    const target = this.targetList(ch.targetList[0].children, 'Store');
    const iter = this.starExpressions(ch.starExpressions[0].children);
    const body = this.block(ch.block[0].children);
    const orelse = ch.elseClause ? this.elseClause(ch.elseClause[0].children) : [];
    return {
      type: asyncTok ? 'AsyncFor' : 'For', target, iter, body, orelse,
      ...startOf(asyncTok ?? ch.For[0]), ...this.endOf(orelse.length ? orelse : body),
    };
  }

  tryStmt(ch: Ch): Stmt {
    const body = this.block(ch.block[0].children);
    const clauses: CstNode[] = ch.exceptClause ?? [];
    const handlers = clauses.map((n) => this.exceptClause(n.children));
    const star = clauses.map((n) => !!(n.children as Ch).Star);
    if (star.some((s) => s) && star.some((s) => !s)) {
      const bad = clauses[star.indexOf(!star[0])].children as Ch;
      this.failTok("cannot have both 'except' and 'except*' on the same 'try'", bad.Except[0]);
    }
    const orelse = ch.elseClause ? this.elseClause(ch.elseClause[0].children) : [];
    const finalbody = ch.finallyClause ? this.finallyClause(ch.finallyClause[0].children) : [];
    const last = finalbody.length ? finalbody : orelse.length ? orelse : null;
    const end = last ? this.endOf(last) : handlers.length
      ? { end_lineno: handlers[handlers.length - 1].end_lineno, end_col_offset: handlers[handlers.length - 1].end_col_offset }
      : this.endOf(body);
    return { type: star[0] ? 'TryStar' : 'Try', body, handlers, orelse, finalbody, ...startOf(ch.Try[0]), ...end };
  }

  exceptClause(ch: Ch): ExceptHandler {
    const kw: IToken = ch.Except[0];
    if (ch.Star && !ch.test) this.failTok('expected one or more exception types', ch.Colon[0]);
    const type = ch.test ? this.test(ch.test[0].children) : null;
    if (ch.Comma) {
      // py2 `except E, e:` binds e
      this.py2 = true;
    }
    const name = ch.Name ? nameOf(ch.Name[0]) : null;
    const body = this.block(ch.block[0].children);
    return { type: 'ExceptHandler', exc_type: type, name, body, ...startOf(kw), ...this.endOf(body) };
  }

  finallyClause(ch: Ch): Stmt[] {
    return this.block(ch.block[0].children);
  }

  withStmt(ch: Ch, asyncTok?: IToken): Stmt {
    const items = (ch.withItem as CstNode[]).map((n) => this.withItem(n.children));
    const body = this.block(ch.block[0].children);
    return { type: asyncTok ? 'AsyncWith' : 'With', items, body, ...startOf(asyncTok ?? ch.With[0]), ...this.endOf(body) };
  }

  withItem(ch: Ch): WithItem {
    const context_expr = this.test(ch.test[0].children);
    let optional_vars: Expr | null = null;
    if (ch.target) {
      optional_vars = this.target(ch.target[0].children);
      this.checkTarget(optional_vars, 'Store');
    }
    return { type: 'withitem', context_expr, optional_vars };
  }

  funcDef(ch: Ch, decorators: Expr[] = [], asyncTok?: IToken): Stmt {
    const params = ((ch.param ?? []) as CstNode[]).map((n) => this.param(n.children));
    const args = this.arguments(params);
    const returns = ch.returns ? this.test(ch.returns[0].children) : null;
    const body = this.block(ch.block[0].children);
    return {
      type: asyncTok ? 'AsyncFunctionDef' : 'FunctionDef', name: nameOf(ch.Name[0]), args, body,
      decorator_list: decorators, returns, ...startOf(asyncTok ?? ch.Def[0]), ...this.endOf(body),
    };
  }

  param(ch: Ch): Param {
    const name: IToken | undefined = ch.Name?.[0];
    let annotation: Expr | null = null;
    if (ch.annotation) {
      annotation = this.test(ch.annotation[0].children);
    } else if (ch.item) {
      annotation = this.item(ch.item[0]);
    }
    const arg = name ? this.arg(name, annotation) : null;
    const dflt = ch.default ? this.test(ch.default[0].children) : null;
    const eq: IToken | null = ch.Equal?.[0] ?? null;
    if (ch.Slash) return { kind: '/', tok: ch.Slash[0], arg: null, dflt: null, eq: null };
    if (ch.Star) return { kind: '*', tok: ch.Star[0], arg, dflt, eq };
    if (ch.DoubleStar) return { kind: '**', tok: ch.DoubleStar[0], arg, dflt, eq };
    return { kind: 'name', tok: name!, arg, dflt, eq };
  }

  classDef(ch: Ch, decorators: Expr[] = []): Stmt {
    let bases: Expr[] = [];
    let keywords: import('./ast').Keyword[] = [];
    if (ch.arglist) {
      const r = this.arglist(ch.arglist[0].children);
      for (const b of r.args) {
        if (b.type === 'GeneratorExp' && !this.parens.has(b) && b.lineno === this.startLine(b.elt) && b.col_offset === this.startCol(b.elt)) {
          this.failNode('invalid syntax', b);
        }
      }
      bases = r.args;
      keywords = r.keywords;
    }
    const body = this.block(ch.block[0].children);
    return { type: 'ClassDef', name: nameOf(ch.Name[0]), bases, keywords, body, decorator_list: decorators, ...startOf(ch.Class[0]), ...this.endOf(body) };
  }

  decorated(ch: Ch): Stmt {
    const decorators = (ch.test as CstNode[]).map((n) => this.test(n.children, true));
    if (ch.classDef) return this.classDef(ch.classDef[0].children, decorators);
    return this.funcDef(ch.funcDef[0].children, decorators, ch.Async?.[0]);
  }

  asyncStmt(ch: Ch): Stmt {
    const a: IToken = ch.Async[0];
    if (ch.funcDef) return this.funcDef(ch.funcDef[0].children, [], a);
    if (ch.withStmt) return this.withStmt(ch.withStmt[0].children, a);
    return this.forStmt(ch.forStmt[0].children, a);
  }

  matchStmt(ch: Ch): Stmt {
    const subject = this.starExpressions(ch.starExpressions[0].children, true);
    const cases = (ch.caseBlock as CstNode[]).map((n) => this.caseBlock(n.children));
    const last = cases[cases.length - 1].body;
    return { type: 'Match', subject, cases, ...startOf(ch.Match[0]), ...this.endOf(last) };
  }

  caseBlock(ch: Ch): MatchCase {
    const pattern = this.patterns(ch.patterns[0].children);
    const guard = ch.guard ? this.test(ch.guard[0].children, true) : null;
    return { type: 'match_case', pattern, guard, body: this.block(ch.block[0].children) };
  }
}

/** Makes the visitor classes inherit Chevrotain's base visitor for the
 * parser (once); `validate` checks that every grammar rule has a visit method
 * (a unit test does; it costs start-up time). */
let linked = false;
export function linkVisitor(baseVisitorConstructor: new () => object, validate = true): void {
  if (!linked) {
    Object.setPrototypeOf(VisitorBase.prototype, baseVisitorConstructor.prototype);
    linked = true;
  }
  if (validate) new ToAst().validateVisitor();
}

export type { Name };
