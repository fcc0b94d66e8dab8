// The match statement (PEP 634). Each case's pattern compiles to checks that
// jump to the next case on failure; captures are bound as they match (CPython
// also leaves names bound by a partly failed match).

import type * as A from '../../grammar/ast';
import { StmtCompiler } from './stmt';
import { jsStr } from './emit';
import { CompileError } from './errors';

export class MatchCompiler extends StmtCompiler {
  override matchStmt(s: A.Match): void {
    const subj = this.spill(this.expr(s.subject));
    const end = this.newLabel();
    s.cases.forEach((c, i) => {
      const next = this.newLabel();
      const last = i === s.cases.length - 1;
      if (!last && isIrrefutable(c.pattern) && !c.guard) {
        throw new CompileError(
          c.pattern.type === 'MatchAs' && c.pattern.name ? `name capture '${c.pattern.name}' makes remaining patterns unreachable` : 'wildcard makes remaining patterns unreachable',
          c.pattern,
        );
      }
      this.line(c.pattern);
      checkPattern(c.pattern, new Set());
      this.pattern(c.pattern, subj, next);
      if (c.guard) this.emit(`if (!(${this.cond(c.guard)})) { pc = ${next}; continue; }`);
      this.stmts(c.body);
      this.jump(end);
      this.place(next);
    });
    this.freeTemp(subj);
    this.place(end);
  }

  /** Emits checks of pattern p against the value in `v`; jumps to `fail`. */
  private pattern(p: A.Pattern, v: string, fail: number): void {
    const no = (cond: string) => this.emit(`if (${cond}) { pc = ${fail}; continue; }`);
    switch (p.type) {
      case 'MatchValue': {
        const x = this.expr(p.value);
        no(`!R.eqB(${v}, ${x})`);
        return;
      }
      case 'MatchSingleton': {
        const c = p.value;
        const x = c.kind === 'None' ? 'None' : c.kind === 'bool' ? String(c.value) : 'None';
        no(`${v} !== ${x}`);
        return;
      }
      case 'MatchAs':
        if (p.pattern) this.pattern(p.pattern, v, fail);
        if (p.name) this.storeName(p.name, v);
        return;
      case 'MatchOr': {
        const ok = this.newLabel();
        p.patterns.forEach((alt, i) => {
          const nextAlt = i === p.patterns.length - 1 ? fail : this.newLabel();
          this.pattern(alt, v, nextAlt);
          this.jump(ok);
          if (nextAlt !== fail) this.place(nextAlt);
        });
        this.place(ok);
        return;
      }
      case 'MatchSequence': {
        const star = p.patterns.findIndex((q) => q.type === 'MatchStar');
        const n = p.patterns.length;
        const arr = this.temp();
        this.emit(`${arr} = R.matchSeq(${v}, ${star < 0 ? n : n - 1}, ${star < 0 ? 0 : 1});`);
        no(`${arr} === null`);
        p.patterns.forEach((q, i) => {
          if (q.type === 'MatchStar') {
            if (q.name) this.storeName(q.name, `R.list(${arr}.slice(${i}, ${arr}.length - ${n - 1 - i}))`);
            return;
          }
          const idx = star >= 0 && i > star ? `${arr}.length - ${n - i}` : String(i);
          const item = this.temp();
          this.emit(`${item} = ${arr}[${idx}];`);
          this.pattern(q, item, fail);
          this.freeTemp(item);
        });
        this.freeTemp(arr);
        return;
      }
      case 'MatchMapping': {
        no(`!R.matchMapping(${v})`);
        const keys = this.exprList(p.keys);
        const keyArr = `[${keys.join(', ')}]`;
        p.patterns.forEach((q, i) => {
          const item = this.temp();
          this.emit(`${item} = R.matchGet(${v}, ${keys[i]});`);
          no(`${item} === undefined`);
          this.pattern(q, item, fail);
          this.freeTemp(item);
        });
        if (p.rest) this.storeName(p.rest, `R.matchRest(${v}, ${keyArr})`);
        return;
      }
      case 'MatchClass': {
        const cls = this.spill(this.expr(p.cls));
        no(`!R.matchClass(${v}, ${cls})`);
        if (p.patterns.length) {
          const attrs = this.temp();
          this.emit(`${attrs} = R.matchArgs(${v}, ${cls}, ${p.patterns.length});`);
          p.patterns.forEach((q, i) => {
            const item = this.temp();
            this.emit(`${item} = ${attrs}[${i}];`);
            no(`${item} === undefined`);
            this.pattern(q, item, fail);
            this.freeTemp(item);
          });
          this.freeTemp(attrs);
        }
        p.kwd_attrs.forEach((name, i) => {
          const item = this.temp();
          this.emit(`${item} = R.matchAttr(${v}, ${jsStr(name)});`);
          no(`${item} === undefined`);
          this.pattern(p.kwd_patterns[i], item, fail);
          this.freeTemp(item);
        });
        this.freeTemp(cls);
        return;
      }
      case 'MatchStar':
        throw new CompileError("can't use starred name here", p);
    }
  }
}

/** The compile-time checks CPython makes: duplicate captures, or-patterns
 * binding different names or made unreachable, duplicate mapping keys.
 * Adds the names p binds to `names`. */
function checkPattern(p: A.Pattern, names: Set<string>): void {
  const bind = (n: string | null, node: A.Pos) => {
    if (n === null) return;
    if (names.has(n)) throw new CompileError(`multiple assignments to name '${n}' in pattern`, node);
    names.add(n);
  };
  switch (p.type) {
    case 'MatchAs':
      if (p.pattern) checkPattern(p.pattern, names);
      bind(p.name, p);
      return;
    case 'MatchStar':
      bind(p.name, p);
      return;
    case 'MatchSequence':
      for (const q of p.patterns) checkPattern(q, names);
      return;
    case 'MatchMapping': {
      const seen = new Set<string>();
      for (const k of p.keys) {
        if (k.type === 'Constant') {
          const key = JSON.stringify(k.value, (_, v) => (typeof v === 'bigint' ? v.toString() : v));
          if (seen.has(key)) throw new CompileError(`mapping pattern checks duplicate key (${constRepr(k.value)})`, k);
          seen.add(key);
        }
      }
      for (const q of p.patterns) checkPattern(q, names);
      bind(p.rest, p);
      return;
    }
    case 'MatchClass':
      for (const q of [...p.patterns, ...p.kwd_patterns]) checkPattern(q, names);
      return;
    case 'MatchOr': {
      let first: Set<string> | null = null;
      p.patterns.forEach((alt, i) => {
        if (i < p.patterns.length - 1 && isIrrefutable(alt)) {
          throw new CompileError(
            alt.type === 'MatchAs' && alt.name ? `name capture '${alt.name}' makes remaining patterns unreachable` : 'wildcard makes remaining patterns unreachable',
            alt,
          );
        }
        const mine = new Set(names);
        checkPattern(alt, mine);
        if (first === null) first = mine;
        else if (mine.size !== first.size || [...mine].some((n) => !first!.has(n))) {
          throw new CompileError('alternative patterns bind different names', alt);
        }
      });
      for (const n of first ?? []) names.add(n);
      return;
    }
  }
}

function constRepr(c: A.ConstValue): string {
  switch (c.kind) {
    case 'str':
      return `'${c.value}'`;
    case 'int':
      return c.value.toString();
    case 'float':
      return String(c.value);
    case 'bool':
      return c.value ? 'True' : 'False';
    case 'None':
      return 'None';
  }
  return '...';
}

/** Patterns that always match (a bare capture or `_`). */
function isIrrefutable(p: A.Pattern): boolean {
  if (p.type === 'MatchAs') return p.pattern === null || isIrrefutable(p.pattern);
  if (p.type === 'MatchOr') return p.patterns.some(isIrrefutable);
  return false;
}
