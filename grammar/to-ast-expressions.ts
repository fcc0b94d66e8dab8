// CST → AST for expressions. Visitor methods are named after the grammar
// rules (parser-expressions.ts) so that Chevrotain's validateVisitor can check
// that none is missing; they are called directly with a node's children.
//
// Positions follow CPython: a node spans the tokens of the rule that built it,
// so `(a) + b` starts at '(' while the Name `a` starts after it. `parens`
// remembers the parenthesized span of the expressions that had parentheses.
import type { CstNode, IToken } from 'chevrotain';
import type {
  Arg, Arguments, Comprehension, Constant, Expr, ExprContext, Keyword, Lambda, Pos, Name, Starred,
} from './ast';
import { ParseError } from './ast';
import { joined, parseFString, type FPart } from './fstring';
import { makeError } from './lexer';
import { decodeBytes, decodeStr, EscapeError, numberValue, splitString } from './literals';
import { buildOperators } from './operators';
import { exprName, invalidTarget, setContext } from './targets';
import * as T from './tokens';

/** Children of a CST node, as Chevrotain builds them. */
export type Ch = any;

/** Chevrotain's visitor base is created from the parser instance, which is
 * built lazily; to-ast.ts links it in as the prototype of this class. */
export abstract class VisitorBase {
  declare visit: (node: CstNode | CstNode[], param?: unknown) => any;
  declare validateVisitor: () => void;
}

/** A parameter of a def or lambda before it is placed in `arguments`. */
export interface Param {
  kind: '/' | '*' | '**' | 'name';
  tok: IToken;
  arg: Arg | null;
  dflt: Expr | null;
  /** The '=' token, for "var-positional argument cannot have default value". */
  eq: IToken | null;
}

interface CallArg { kind: 'pos' | 'star' | 'kw' | 'dstar'; value: Expr; kw?: Keyword; tok?: IToken; bareGenexp?: boolean; forTok?: IToken }

/** Operators binding looser than `|`: not allowed unparenthesized after `*`. */
const LOOSE_OPS = new Set(['or', 'and', 'not', 'in', 'is', '<', '>', '==', '>=', '<=', '!=', '<>']);

export const nameOf = (t: IToken): string => {
  const s = t.image;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return s.normalize('NFKC');
  return s;
};

const tokPos = (t: IToken): Pos => ({
  lineno: t.startLine!, col_offset: t.startColumn! - 1, end_lineno: t.endLine!, end_col_offset: t.endColumn!,
});

export class ExprVisitor extends VisitorBase {
  /** Spans of parenthesized expressions (including the parentheses). */
  parens = new Map<Expr, Pos>();
  py2 = false;
  filename = '<unknown>';
  source = '';
  /** Parses an f-string replacement field; installed by index.ts. */
  subParse: (text: string, line: number, col: number) => Expr = () => { throw new Error('no subParse'); };

  // ---- positions and errors -------------------------------------------------

  startLine(e: Expr): number { return (this.parens.size && this.parens.get(e)?.lineno) || e.lineno; }
  startCol(e: Expr): number { const p = this.parens.size ? this.parens.get(e) : undefined; return p ? p.col_offset : e.col_offset; }
  endLine(e: Expr): number { return (this.parens.size && this.parens.get(e)?.end_lineno) || e.end_lineno; }
  endCol(e: Expr): number { const p = this.parens.size ? this.parens.get(e) : undefined; return p ? p.end_col_offset : e.end_col_offset; }
  /** The span from the start of `a` to the end of `b`, parentheses included. */
  span(a: Expr, b: Expr): Pos {
    return { lineno: this.startLine(a), col_offset: this.startCol(a), end_lineno: this.endLine(b), end_col_offset: this.endCol(b) };
  }
  spanTok(a: IToken, b: Expr | IToken): Pos {
    const p = 'image' in b
      ? { end_lineno: b.endLine!, end_col_offset: b.endColumn! }
      : { end_lineno: this.endLine(b), end_col_offset: this.endCol(b) };
    return { lineno: a.startLine!, col_offset: a.startColumn! - 1, ...p };
  }

  failAt(msg: string, line: number, col: number, endLine: number, endCol: number, kind: ParseError['kind'] = 'SyntaxError'): never {
    throw makeError(kind, msg, this.filename, this.source, line, col + 1, endLine, endCol + 1);
  }
  failTok(msg: string, t: IToken): never {
    this.failAt(msg, t.startLine!, t.startColumn! - 1, t.endLine!, t.endColumn!);
  }
  failNode(msg: string, e: Pos): never {
    this.failAt(msg, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
  }
  /** CPython locates errors in string contents just after the string. */
  failAfter(msg: string, t: IToken): never {
    throw makeError('SyntaxError', msg, this.filename, this.source, t.endLine!, t.endColumn! + 1, t.endLine!, t.endColumn! + 1);
  }

  // ---- expression lists --------------------------------------------------------

  starExpressions(ch: Ch, walrus = false): Expr {
    const items: CstNode[] = ch.item;
    if (!ch.Comma) return this.item(items[0], walrus);
    const elts = items.map((n) => this.item(n, walrus));
    return this.tuple(elts, ch.Comma);
  }

  /** A list item: a `starred` or `test` node (grammar: itemAlts). */
  item(n: CstNode, walrus = false): Expr {
    return n.name === 'test' ? this.test(n.children, walrus) : this.starred(n.children);
  }

  /** An unparenthesized tuple; it ends at a trailing comma if there is one. */
  tuple(elts: Expr[], commas: IToken[], ctx: ExprContext = 'Load'): Expr {
    const last = elts[elts.length - 1];
    const trailing = commas.length >= elts.length ? commas[commas.length - 1] : null;
    return {
      type: 'Tuple', elts, ctx, lineno: this.startLine(elts[0]), col_offset: this.startCol(elts[0]),
      end_lineno: trailing ? trailing.endLine! : this.endLine(last),
      end_col_offset: trailing ? trailing.endColumn! : this.endCol(last),
    };
  }

  starred(ch: Ch): Starred {
    return this.makeStarred(ch.Star[0], ch.disjunction[0].children);
  }

  /** `*` and the disjunction after it, which must be a bitwise-or
   * expression: `*a or b`, `*a < b`, `*not a` are invalid. */
  makeStarred(star: IToken, d: Ch): Starred {
    const prefix: IToken | undefined = d.primary[0].children.prefix?.find((t: IToken) => t.tokenType === T.Not);
    if (prefix) this.failTok('invalid syntax', prefix);
    const bad = (d.op as IToken[] | undefined)?.find((t) => LOOSE_OPS.has(t.image));
    if (bad) this.failTok('invalid syntax', bad);
    const value = this.disjunction(d);
    return { type: 'Starred', value, ctx: 'Load', ...this.spanTok(star, value) };
  }

  // ---- test: lambda, conditional, walrus ---------------------------------------

  test(ch: Ch, walrus = false): Expr {
    let e = buildOperators(this, ch.primary, ch.op ?? []);
    if (ch.ternaryTail || ch.lambdaHeader) e = this.ternary(ch.lambdaHeader, e, ch.ternaryTail);
    if (ch.ColonEqual) {
      const tok: IToken = ch.ColonEqual[0];
      if (!walrus) this.failTok('invalid syntax', tok);
      if (e.type !== 'Name') this.failNode(`cannot use assignment expressions with ${exprName(e)}`, e);
      const value = this.test(ch.test[0].children);
      (e as Name).ctx = 'Store';
      e = { type: 'NamedExpr', target: e as Name, value, ...this.span(e, value) };
    }
    return e;
  }

  /** Folds `[lambda:]* a if c else [lambda:]* b if d else ...` to the right,
   * without recursion: each lambda's body is all that follows it. */
  private ternary(lambdas0: CstNode[] | undefined, body0: Expr, tails: CstNode[] | undefined): Expr {
    const bodies = [body0];
    const lambdas = [lambdas0];
    const conds: Expr[] = [];
    for (const t of tails ?? []) {
      const c = t.children as Ch;
      conds.push(this.disjunction(c.disjunction[0].children));
      lambdas.push(c.lambdaHeader);
      bodies.push(this.disjunction(c.disjunction[1].children));
    }
    let acc = this.wrapLambdas(lambdas[bodies.length - 1], bodies[bodies.length - 1]);
    for (let i = bodies.length - 2; i >= 0; i--) {
      acc = { type: 'IfExp', test: conds[i], body: bodies[i], orelse: acc, ...this.span(bodies[i], acc) };
      acc = this.wrapLambdas(lambdas[i], acc);
    }
    return acc;
  }

  private wrapLambdas(headers: CstNode[] | undefined, body: Expr): Expr {
    if (!headers) return body;
    for (let i = headers.length - 1; i >= 0; i--) {
      const h = headers[i].children as Ch;
      const args = this.arguments((h.lambdaParam ?? []).map((p: CstNode) => this.lambdaParam(p.children)), true);
      const node: Lambda = { type: 'Lambda', args, body, ...this.spanTok(h.Lambda[0], body) };
      body = node;
    }
    return body;
  }

  ternaryTail(_ch: Ch): never { throw new Error('folded by test()'); }
  lambdaHeader(_ch: Ch): never { throw new Error('folded by test()'); }

  lambdaParam(ch: Ch): Param {
    const name: IToken | undefined = ch.Name?.[0];
    const arg = name ? this.arg(name, null) : null;
    const dflt = ch.test ? this.test(ch.test[0].children) : null;
    const eq: IToken | null = ch.Equal?.[0] ?? null;
    if (ch.Slash) return { kind: '/', tok: ch.Slash[0], arg: null, dflt: null, eq: null };
    if (ch.Star) return { kind: '*', tok: ch.Star[0], arg, dflt, eq };
    if (ch.DoubleStar) return { kind: '**', tok: ch.DoubleStar[0], arg, dflt, eq };
    return { kind: 'name', tok: name!, arg, dflt, eq };
  }

  arg(name: IToken, annotation: Expr | null): Arg {
    return {
      type: 'arg', arg: nameOf(name), annotation, lineno: name.startLine!, col_offset: name.startColumn! - 1,
      end_lineno: annotation ? this.endLine(annotation) : name.endLine!,
      end_col_offset: annotation ? this.endCol(annotation) : name.endColumn!,
    };
  }

  /** Places parameters in `arguments`, with CPython's errors for bad orders. */
  arguments(params: Param[], lambda = false): Arguments {
    const a: Arguments = {
      type: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [],
    };
    let star: IToken | null = null;
    let slash = false;
    let dstar = false;
    let seenDefault = false;
    let bareStar: IToken | null = null;
    for (const p of params) {
      if (dstar) this.failTok('arguments cannot follow var-keyword argument', p.tok);
      switch (p.kind) {
        case '/':
          if (star) this.failTok('/ must be ahead of *', p.tok);
          if (slash) this.failTok('/ may appear only once', p.tok);
          if (!a.args.length) this.failTok('invalid syntax', p.tok);
          slash = true;
          a.posonlyargs = a.args;
          a.args = [];
          break;
        case '*':
          if (star) this.failTok('* argument may appear only once', p.tok);
          if (p.eq) this.failTok('var-positional argument cannot have default value', p.eq);
          star = p.tok;
          if (p.arg) a.vararg = p.arg; else bareStar = p.tok;
          break;
        case '**':
          if (p.eq) this.failTok('var-keyword argument cannot have default value', p.eq);
          if (bareStar && !lambda) this.failTok('named arguments must follow bare *', bareStar);
          if (bareStar) this.failAt('named arguments must follow bare *', bareStar.endLine!, bareStar.endColumn!, bareStar.endLine!, bareStar.endColumn! + 1);
          dstar = true;
          a.kwarg = p.arg;
          break;
        default:
          if (star) {
            bareStar = null;
            a.kwonlyargs.push(p.arg!);
            a.kw_defaults.push(p.dflt);
          } else {
            a.args.push(p.arg!);
            if (p.dflt) {
              a.defaults.push(p.dflt);
              seenDefault = true;
            } else if (seenDefault) this.failTok('non-default argument follows default argument', p.tok);
          }
      }
    }
    if (bareStar) {
      // for a lambda CPython points just after the '*' (the ':' or ',')
      if (lambda) this.failAt('named arguments must follow bare *', bareStar.endLine!, bareStar.endColumn!, bareStar.endLine!, bareStar.endColumn! + 1);
      this.failTok('named arguments must follow bare *', bareStar);
    }
    return a;
  }

  disjunction(ch: Ch): Expr {
    return buildOperators(this, ch.primary, ch.op ?? []);
  }

  // ---- primaries -------------------------------------------------------------

  /** A primary on its own (targets): prefixes applied, e.g. `-x`. */
  primary(ch: Ch): Expr {
    if (!ch.prefix) return this.primaryCore(ch);
    return buildOperators(this, [{ name: 'primary', children: ch } as CstNode], []);
  }

  /** The atom, its trailers and `await`; not the prefix operators. */
  primaryCore(ch: Ch): Expr {
    let e: Expr;
    if (ch.Name) {
      const t: IToken = ch.Name[0];
      e = { type: 'Name', id: nameOf(t), ctx: 'Load', ...tokPos(t) };
    } else if (ch.Number) {
      const t: IToken = ch.Number[0];
      e = { type: 'Constant', value: numberValue(t.image), kind: null, ...tokPos(t) };
    } else if (ch.String) {
      e = this.strings(ch.String);
    } else if (ch.parenAtom) {
      e = this.parenAtom(ch.parenAtom[0].children);
    } else if (ch.listAtom) {
      e = this.listAtom(ch.listAtom[0].children);
    } else if (ch.dictAtom) {
      e = this.dictAtom(ch.dictAtom[0].children);
    } else if (ch.NoneKw) {
      e = { type: 'Constant', value: { kind: 'None' }, kind: null, ...tokPos(ch.NoneKw[0]) };
    } else if (ch.TrueKw) {
      e = { type: 'Constant', value: { kind: 'bool', value: true }, kind: null, ...tokPos(ch.TrueKw[0]) };
    } else if (ch.FalseKw) {
      e = { type: 'Constant', value: { kind: 'bool', value: false }, kind: null, ...tokPos(ch.FalseKw[0]) };
    } else if (ch.Ellipsis) {
      e = { type: 'Constant', value: { kind: 'Ellipsis' }, kind: null, ...tokPos(ch.Ellipsis[0]) };
    } else {
      e = this.reprAtom(ch.reprAtom[0].children);
    }
    const trailers: (CstNode | IToken)[] | undefined = ch.trailer;
    if (trailers) {
      for (let i = 0; i < trailers.length; i++) {
        const t = trailers[i];
        if ('image' in t) {
          const name = trailers[++i] as IToken; // '.' name
          e = {
            type: 'Attribute', value: e, attr: nameOf(name), ctx: 'Load',
            lineno: this.startLine(e), col_offset: this.startCol(e), end_lineno: name.endLine!, end_col_offset: name.endColumn!,
          };
        } else if (t.name === 'call') e = this.call(t.children, e);
        else e = this.subscript(t.children, e);
      }
    }
    if (ch.Await) e = { type: 'Await', value: e, ...this.spanTok(ch.Await[0], e) };
    return e;
  }

  /** Adjacent string literals: one Constant, or a JoinedStr if any is an f-string. */
  strings(toks: IToken[]): Expr {
    const first = toks[0];
    const last = toks[toks.length - 1];
    const pos: Pos = {
      lineno: first.startLine!, col_offset: first.startColumn! - 1, end_lineno: last.endLine!, end_col_offset: last.endColumn!,
    };
    const parts = toks.map((t) => splitString(t.image));
    const bytes = parts[0].bytes;
    let hasF = false;
    for (const p of parts) {
      if (p.bytes !== bytes) this.failAfter('cannot mix bytes and nonbytes literals', last);
      if (p.fstring) hasF = true;
    }
    // CPython sets kind='u' for a lower-case u prefix only
    const kind = /^[^'"]*u/.test(first.image) ? 'u' : null;
    try {
      if (bytes) {
        const chunks = parts.map((p, i) => {
          try {
            return decodeBytes(p.body, p.raw);
          } catch (e) {
            if (e instanceof EscapeError && e.message.startsWith('bytes can only')) this.failTok(e.message, toks[i]);
            throw e;
          }
        });
        const value = chunks.length === 1 ? chunks[0] : Uint8Array.from(chunks.flatMap((c) => Array.from(c)));
        return { type: 'Constant', value: { kind: 'bytes', value }, kind: null, ...pos };
      }
      if (!hasF) {
        let value = '';
        for (const p of parts) value += p.raw ? p.body : decodeStr(p.body);
        return { type: 'Constant', value: { kind: 'str', value }, kind, ...pos };
      }
    } catch (e) {
      if (e instanceof EscapeError) this.failAfter(e.message, last);
      throw e;
    }
    const all: FPart[] = [];
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      const t = toks[i];
      if (!p.fstring) {
        try {
          all.push(p.raw ? p.body : decodeStr(p.body));
        } catch (e) {
          if (e instanceof EscapeError) this.failAfter(e.message, last);
          throw e;
        }
        continue;
      }
      const host = {
        parseExpr: (text: string, line: number, col: number) => this.subParse(text, line, col),
        fail: (msg: string): never => this.failAfter(msg, last),
      };
      all.push(...parseFString(p.body, p.raw, t.startLine!, t.startColumn! - 1 + p.bodyStart, pos, tokPos(t), host));
    }
    return joined(all, pos, kind);
  }

  parenAtom(ch: Ch): Expr {
    const lp: IToken = ch.LPar[0];
    const rp: IToken = ch.RPar[0];
    const pos = { lineno: lp.startLine!, col_offset: lp.startColumn! - 1, end_lineno: rp.endLine!, end_col_offset: rp.endColumn! };
    if (ch.yieldExpr) {
      const y = this.yieldExpr(ch.yieldExpr[0].children);
      this.parens.set(y, pos);
      return y;
    }
    const items: CstNode[] | undefined = ch.item;
    if (!items) return { type: 'Tuple', elts: [], ctx: 'Load', ...pos };
    if (ch.compFor) {
      const elt = this.item(items[0], true);
      if (elt.type === 'Starred') this.failNode('iterable unpacking cannot be used in comprehension', elt);
      return { type: 'GeneratorExp', elt, generators: this.compFor(ch.compFor[0].children), ...pos };
    }
    const elts = items.map((n) => this.item(n, true));
    if (ch.Comma) return { type: 'Tuple', elts, ctx: 'Load', ...pos };
    const e = elts[0];
    if (e.type === 'Starred') this.failNode('cannot use starred expression here', e);
    this.parens.set(e, pos);
    return e;
  }

  listAtom(ch: Ch): Expr {
    const pos = this.spanTok(ch.LSqb[0], ch.RSqb[0]);
    const items: CstNode[] | undefined = ch.item;
    if (!items) return { type: 'List', elts: [], ctx: 'Load', ...pos };
    if (ch.compFor) {
      const elt = this.item(items[0], true);
      if (elt.type === 'Starred') this.failNode('iterable unpacking cannot be used in comprehension', elt);
      return { type: 'ListComp', elt, generators: this.compFor(ch.compFor[0].children), ...pos };
    }
    return { type: 'List', elts: items.map((n) => this.item(n, true)), ctx: 'Load', ...pos };
  }

  dictAtom(ch: Ch): Expr {
    const pos = this.spanTok(ch.LBrace[0], ch.RBrace[0]);
    if (!ch.dictItem) return { type: 'Dict', keys: [], values: [], ...pos };
    const items: CstNode[] = ch.dictItem;
    const first = items[0].children as Ch;
    const isDict = !!(first.DoubleStar || first.Colon);
    if (ch.compFor) {
      const gens = () => this.compFor(ch.compFor[0].children);
      if (first.DoubleStar) this.failTok('dict unpacking cannot be used in dict comprehension', first.DoubleStar[0]);
      if (first.Star) this.failNode('iterable unpacking cannot be used in comprehension', this.dictItemValue(first));
      if (isDict) {
        const key = this.test(first.key[0].children);
        const value = this.test(first.value[0].children);
        return { type: 'DictComp', key, value, generators: gens(), ...pos };
      }
      const elt = this.test(first.key[0].children, true);
      return { type: 'SetComp', elt, generators: gens(), ...pos };
    }
    if (isDict) {
      const keys: (Expr | null)[] = [];
      const values: Expr[] = [];
      for (const it of items) {
        const c = it.children as Ch;
        if (c.DoubleStar) {
          keys.push(null);
          values.push(this.disjunction(c.disjunction[0].children));
        } else if (c.Colon) {
          keys.push(this.test(c.key[0].children));
          values.push(this.test(c.value[0].children));
        } else {
          const e = c.Star ? this.dictItemValue(c) : this.test(c.key[0].children);
          this.failNode("':' expected after dictionary key", e);
        }
      }
      return { type: 'Dict', keys, values, ...pos };
    }
    const elts: Expr[] = [];
    for (const it of items) {
      const c = it.children as Ch;
      if (c.Colon) this.failTok('invalid syntax', c.Colon[0]);
      if (c.DoubleStar) this.failTok('invalid syntax', c.DoubleStar[0]);
      elts.push(this.dictItemValue(c));
    }
    return { type: 'Set', elts, ...pos };
  }

  private dictItemValue(c: Ch): Expr {
    if (c.Star) return this.makeStarred(c.Star[0], c.disjunction[0].children);
    return this.test(c.key[0].children, true);
  }

  dictItem(_ch: Ch): never { throw new Error('handled by dictAtom()'); }

  reprAtom(ch: Ch): Expr {
    this.py2 = true;
    const value = this.starExpressions(ch.starExpressions[0].children);
    return { type: 'Repr', value, ...this.spanTok(ch.Backquote[0], ch.Backquote[1]) };
  }

  call(ch: Ch, left: Expr): Expr {
    const rp: IToken = ch.RPar[0];
    const { args, keywords } = ch.arglist ? this.arglist(ch.arglist[0].children, ch.LPar[0], rp) : { args: [], keywords: [] };
    return {
      type: 'Call', func: left, args, keywords,
      lineno: this.startLine(left), col_offset: this.startCol(left), end_lineno: rp.endLine!, end_col_offset: rp.endColumn!,
    };
  }

  subscript(ch: Ch, left: Expr): Expr {
    const slices: CstNode[] = ch.slice;
    let index: Expr;
    if (slices.length === 1 && !ch.Comma) {
      index = this.slice(slices[0].children);
      // `a[*b]` subscripts with a 1-tuple (PEP 646)
      if (index.type === 'Starred') index = { type: 'Tuple', elts: [index], ctx: 'Load', ...this.span(index, index) };
    } else index = this.tuple(slices.map((s) => this.slice(s.children)), ch.Comma ?? []);
    const rb: IToken = ch.RSqb[0];
    return {
      type: 'Subscript', value: left, slice: index, ctx: 'Load',
      lineno: this.startLine(left), col_offset: this.startCol(left), end_lineno: rb.endLine!, end_col_offset: rb.endColumn!,
    };
  }

  slice(ch: Ch): Expr {
    if (ch.Star) return this.makeStarred(ch.Star[0], ch.disjunction[0].children);
    if (!ch.sliceRest) return this.test(ch.lower[0].children, true);
    const lower = ch.lower ? this.test(ch.lower[0].children) : null;
    const rest = ch.sliceRest[0].children as Ch;
    const upper = rest.upper ? this.test(rest.upper[0].children) : null;
    const step = rest.step ? this.test(rest.step[0].children) : null;
    const colons: IToken[] = rest.Colon;
    const c0 = colons[0];
    let endLine: number, endCol: number;
    if (step) { endLine = this.endLine(step); endCol = this.endCol(step); } else if (colons.length > 1) {
      endLine = colons[1].endLine!; endCol = colons[1].endColumn!;
    } else if (upper) { endLine = this.endLine(upper); endCol = this.endCol(upper); } else {
      endLine = c0.endLine!; endCol = c0.endColumn!;
    }
    return {
      type: 'Slice', lower, upper, step,
      lineno: lower ? this.startLine(lower) : c0.startLine!, col_offset: lower ? this.startCol(lower) : c0.startColumn! - 1,
      end_lineno: endLine, end_col_offset: endCol,
    };
  }

  sliceRest(_ch: Ch): never { throw new Error('handled by slice()'); }

  /** Call arguments, checked in CPython's order of complaints. */
  arglist(ch: Ch, lpar?: IToken, rpar?: IToken): { args: Expr[]; keywords: Keyword[] } {
    const items = (ch.argument as CstNode[]).map((n) => this.argument(n.children));
    const args: Expr[] = [];
    const keywords: Keyword[] = [];
    let kw = false;
    let dstar = false;
    for (const it of items) {
      if (it.bareGenexp && (items.length > 1 || ch.Comma)) {
        this.failNode('Generator expression must be parenthesized', it.value);
      }
      switch (it.kind) {
        case 'pos':
          // CPython reports these at the last token it read: the ')'
          if (dstar) this.failAfterArgs('positional argument follows keyword argument unpacking', it.value, rpar);
          if (kw) this.failAfterArgs('positional argument follows keyword argument', it.value, rpar);
          args.push(it.value);
          break;
        case 'star':
          if (dstar) this.failTok('iterable argument unpacking follows keyword argument unpacking', it.tok!);
          args.push(it.value);
          break;
        case 'kw':
          kw = true;
          keywords.push(it.kw!);
          break;
        case 'dstar':
          dstar = true;
          keywords.push(it.kw!);
          break;
      }
    }
    if (items.length === 1 && items[0].bareGenexp && lpar && rpar) {
      // f(x for x in y): the generator spans the call's parentheses
      const g = items[0].value;
      g.lineno = lpar.startLine!;
      g.col_offset = lpar.startColumn! - 1;
      g.end_lineno = rpar.endLine!;
      g.end_col_offset = rpar.endColumn!;
    }
    return { args, keywords };
  }

  private failAfterArgs(msg: string, arg: Expr, rpar: IToken | undefined): never {
    if (rpar) this.failTok(msg, rpar);
    this.failNode(msg, arg);
  }

  argument(ch: Ch): CallArg {
    if (ch.Star) {
      const value = this.test(ch.test[0].children);
      return { kind: 'star', value: { type: 'Starred', value, ctx: 'Load', ...this.spanTok(ch.Star[0], value) }, tok: ch.Star[0] };
    }
    if (ch.DoubleStar) {
      const value = this.test(ch.test[0].children);
      const kw: Keyword = { type: 'keyword', arg: null, value, ...this.spanTok(ch.DoubleStar[0], value) };
      return { kind: 'dstar', value, kw };
    }
    if (ch.Equal) {
      const target = this.test(ch.test[0].children);
      const value = this.test(ch.value[0].children);
      if (target.type !== 'Name' || this.parens.has(target)) {
        this.failAt('expression cannot contain assignment, perhaps you meant "=="?',
          target.lineno, target.col_offset, this.endLine(value), this.endCol(value));
      }
      const kw: Keyword = { type: 'keyword', arg: (target as Name).id, value, ...this.span(target, value) };
      return { kind: 'kw', value, kw };
    }
    const elt = this.test(ch.test[0].children, true);
    if (ch.compFor) {
      const generators = this.compFor(ch.compFor[0].children);
      const last = generators[generators.length - 1];
      const end = last.ifs.length ? last.ifs[last.ifs.length - 1] : last.iter;
      const g: Expr = { type: 'GeneratorExp', elt, generators, ...this.span(elt, end) };
      return { kind: 'pos', value: g, bareGenexp: true };
    }
    return { kind: 'pos', value: elt };
  }

  compFor(ch: Ch): Comprehension[] {
    return (ch.compClause as CstNode[]).map((n) => this.compClause(n.children));
  }

  compClause(ch: Ch): Comprehension {
    const target = this.targetList(ch.targetList[0].children, 'Store');
    const iter = this.disjunction(ch.iter[0].children);
    const ifs = ((ch.cond ?? []) as CstNode[]).map((n) => this.disjunction(n.children));
    return { type: 'comprehension', target, iter, ifs, is_async: ch.Async ? 1 : 0 };
  }

  /** Targets of `for`, comprehensions and `with ... as`: Store context. */
  targetList(ch: Ch, ctx: ExprContext): Expr {
    const elts = (ch.target as CstNode[]).map((n) => this.target(n.children));
    const e = elts.length === 1 && !ch.Comma ? elts[0] : this.tuple(elts, ch.Comma);
    this.checkTarget(e, ctx);
    return e;
  }

  /** Sets the context of a target, or raises CPython's "cannot assign to". */
  checkTarget(e: Expr, ctx: ExprContext): void {
    const bad = invalidTarget(e, ctx === 'Del');
    if (bad) this.failNode(`cannot ${ctx === 'Del' ? 'delete' : 'assign to'} ${exprName(bad)}`, bad);
    setContext(e, ctx);
  }

  target(ch: Ch): Expr {
    const e = this.primary(ch.primary[0].children);
    if (ch.Star) return { type: 'Starred', value: e, ctx: 'Load', ...this.spanTok(ch.Star[0], e) };
    return e;
  }

  yieldExpr(ch: Ch): Expr {
    const y: IToken = ch.Yield[0];
    if (ch.From) {
      const value = this.test(ch.test[0].children);
      return { type: 'YieldFrom', value, ...this.spanTok(y, value) };
    }
    if (ch.starExpressions) {
      const value = this.starExpressions(ch.starExpressions[0].children);
      return { type: 'Yield', value, ...this.spanTok(y, value) };
    }
    return { type: 'Yield', value: null, ...tokPos(y) };
  }

  /** A Constant for a single-token literal (used by patterns). */
  constantTok(t: IToken): Constant {
    return { type: 'Constant', value: numberValue(t.image), kind: null, ...tokPos(t) };
  }

  tokPos(t: IToken): Pos { return tokPos(t); }
}
