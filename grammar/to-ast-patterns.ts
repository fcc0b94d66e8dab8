// CST → AST for the patterns of `match` statements (parser-patterns.ts).
// https://docs.python.org/3.11/library/ast.html#pattern-matching
import type { CstNode, IToken } from 'chevrotain';
import type { Expr, Pattern, Pos } from './ast';
import { nameOf, ExprVisitor, type Ch } from './to-ast-expressions';
import * as T from './tokens';

export class PatternVisitor extends ExprVisitor {
  // Patterns keep parenthesized spans in the same map as expressions.
  private pStart(p: Pattern): [number, number] {
    const q = this.parens.get(p as unknown as Expr) ?? p;
    return [q.lineno, q.col_offset];
  }
  private pEnd(p: Pattern): [number, number] {
    const q = this.parens.get(p as unknown as Expr) ?? p;
    return [q.end_lineno, q.end_col_offset];
  }
  private pSpan(a: Pattern, b: Pattern): Pos {
    const [l, c] = this.pStart(a);
    const [el, ec] = this.pEnd(b);
    return { lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
  }

  /** Top-level patterns of a case: `a, *b` is an open sequence. */
  patterns(ch: Ch): Pattern {
    const items = (ch.maybeStarPattern as CstNode[]).map((n) => this.maybeStarPattern(n.children));
    if (!ch.Comma) return items[0];
    const commas: IToken[] = ch.Comma;
    const pos = this.pSpan(items[0], items[items.length - 1]);
    if (commas.length >= items.length) {
      const c = commas[commas.length - 1];
      pos.end_lineno = c.endLine!;
      pos.end_col_offset = c.endColumn!;
    }
    return { type: 'MatchSequence', patterns: items, ...pos };
  }

  maybeStarPattern(ch: Ch): Pattern {
    if (ch.Star) {
      const name: IToken = ch.Name[0];
      const n = nameOf(name);
      return { type: 'MatchStar', name: n === '_' ? null : n, ...this.spanTok(ch.Star[0], name) };
    }
    return this.pattern(ch.pattern[0].children);
  }

  /** `p1 | p2 ... [as name]` */
  pattern(ch: Ch): Pattern {
    const alts = (ch.closedPattern as CstNode[]).map((n) => this.closedPattern(n.children));
    let p = alts.length === 1 ? alts[0] : { type: 'MatchOr' as const, patterns: alts, ...this.pSpan(alts[0], alts[alts.length - 1]) };
    if (ch.As) {
      const name: IToken = ch.Name[0];
      const n = nameOf(name);
      if (n === '_') this.failTok("cannot use '_' as a target", name);
      const [l, c] = this.pStart(p);
      p = { type: 'MatchAs', pattern: p, name: n, lineno: l, col_offset: c, end_lineno: name.endLine!, end_col_offset: name.endColumn! };
    }
    return p;
  }

  closedPattern(ch: Ch): Pattern {
    if (ch.literalPattern) return this.literalPattern(ch.literalPattern[0].children);
    if (ch.Name) {
      const names: IToken[] = ch.Name;
      if (ch.LPar) return this.classPattern(ch, this.dotted(names));
      if (names.length === 1) {
        const n = nameOf(names[0]);
        return { type: 'MatchAs', pattern: null, name: n === '_' ? null : n, ...this.tokPos(names[0]) };
      }
      const value = this.dotted(names);
      return { type: 'MatchValue', value, ...this.span(value, value) };
    }
    if (ch.LBrace) return this.mappingPattern(ch);
    const open: IToken = ch.LPar ? ch.LPar[0] : ch.LSqb[0];
    const close: IToken = ch.LPar ? ch.RPar[0] : ch.RSqb[0];
    const pos = this.spanTok(open, close);
    const inner: CstNode | undefined = ch.patterns?.[0];
    if (!inner) return { type: 'MatchSequence', patterns: [], ...pos };
    const ich = inner.children as Ch;
    if (ch.LPar && !ich.Comma && !ich.maybeStarPattern[0].children.Star) {
      // a group: `(p)` is p
      const p = this.pattern(ich.maybeStarPattern[0].children.pattern[0].children);
      this.parens.set(p as unknown as Expr, pos);
      return p;
    }
    const items = (ich.maybeStarPattern as CstNode[]).map((n) => this.maybeStarPattern(n.children));
    return { type: 'MatchSequence', patterns: items, ...pos };
  }

  /** `a.b.c` as a Name/Attribute chain. */
  private dotted(names: IToken[]): Expr {
    let e: Expr = { type: 'Name', id: nameOf(names[0]), ctx: 'Load', ...this.tokPos(names[0]) };
    for (let i = 1; i < names.length; i++) {
      const t = names[i];
      e = {
        type: 'Attribute', value: e, attr: nameOf(t), ctx: 'Load',
        lineno: e.lineno, col_offset: e.col_offset, end_lineno: t.endLine!, end_col_offset: t.endColumn!,
      };
    }
    return e;
  }

  private classPattern(ch: Ch, cls: Expr): Pattern {
    const patterns: Pattern[] = [];
    const kwd_attrs: string[] = [];
    const kwd_patterns: Pattern[] = [];
    for (const n of (ch.classArg ?? []) as CstNode[]) {
      const a = this.classArg(n.children);
      if (a.name) {
        kwd_attrs.push(nameOf(a.name));
        kwd_patterns.push(a.pattern);
      } else {
        if (kwd_attrs.length) {
          this.failAt('positional patterns follow keyword patterns', ...this.pStart(a.pattern), ...this.pEnd(a.pattern));
        }
        patterns.push(a.pattern);
      }
    }
    const rp: IToken = ch.RPar[0];
    return {
      type: 'MatchClass', cls, patterns, kwd_attrs, kwd_patterns,
      lineno: cls.lineno, col_offset: cls.col_offset, end_lineno: rp.endLine!, end_col_offset: rp.endColumn!,
    };
  }

  classArg(ch: Ch): { name: IToken | null; pattern: Pattern } {
    return { name: ch.Equal ? ch.Name[0] : null, pattern: this.pattern(ch.pattern[0].children) };
  }

  private mappingPattern(ch: Ch): Pattern {
    const keys: Expr[] = [];
    const patterns: Pattern[] = [];
    let rest: string | null = null;
    for (const n of (ch.mappingItem ?? []) as CstNode[]) {
      const c = n.children as Ch;
      if (rest !== null) this.failTok('invalid syntax', (c.DoubleStar ?? c.Colon)[0]);
      if (c.DoubleStar) {
        rest = nameOf(c.Name[0]);
        continue;
      }
      keys.push(c.literalPattern ? this.literalValue(c.literalPattern[0].children) : this.dotted(c.Name));
      patterns.push(this.pattern(c.pattern[0].children));
    }
    return { type: 'MatchMapping', keys, patterns, rest, ...this.spanTok(ch.LBrace[0], ch.RBrace[0]) };
  }

  mappingItem(_ch: Ch): never { throw new Error('handled by closedPattern()'); }

  literalPattern(ch: Ch): Pattern {
    for (const k of ['NoneKw', 'TrueKw', 'FalseKw'] as const) {
      if (ch[k]) {
        const value = k === 'NoneKw' ? { kind: 'None' as const } : { kind: 'bool' as const, value: k === 'TrueKw' };
        return { type: 'MatchSingleton', value, ...this.tokPos(ch[k][0]) };
      }
    }
    const value = this.literalValue(ch);
    return { type: 'MatchValue', value, ...this.span(value, value) };
  }

  /** The expression of a literal pattern: a number, `-n`, `a + bj`, or strings. */
  private literalValue(ch: Ch): Expr {
    if (ch.String) {
      const e = this.strings(ch.String);
      if (e.type === 'JoinedStr') this.failNode('patterns may only match literals and attribute lookups', e);
      return e;
    }
    if (ch.NoneKw || ch.TrueKw || ch.FalseKw) {
      const t: IToken = (ch.NoneKw ?? ch.TrueKw ?? ch.FalseKw)[0];
      const value = ch.NoneKw ? { kind: 'None' as const } : { kind: 'bool' as const, value: !!ch.TrueKw };
      return { type: 'Constant', value, kind: null, ...this.tokPos(t) };
    }
    const nums: IToken[] = ch.Number;
    let real: Expr = this.constantTok(nums[0]);
    if (ch.sign) real = { type: 'UnaryOp', op: 'USub', operand: real, ...this.spanTok(ch.sign[0], real) };
    if (nums.length === 1) {
      return real;
    }
    if (real.type === 'Constant' ? real.value.kind === 'complex' : (real.type === 'UnaryOp' && (real.operand as any).value.kind === 'complex')) {
      this.failNode('real number required in complex literal', real);
    }
    const imag = this.constantTok(nums[1]);
    if ((imag as any).value.kind !== 'complex') this.failNode('imaginary number required in complex literal', imag);
    const op = (ch.op[0] as IToken).tokenType === T.Plus ? 'Add' : 'Sub';
    return { type: 'BinOp', left: real, op, right: imag, ...this.span(real, imag) };
  }
}
