// The parser's lookahead: which alternative of an OR to take, whether to
// enter an OPTION or another MANY iteration. The LL(2) analysis is
// Chevrotain's (`getLookaheadPaths`); what differs from its default strategy:
//  - nothing is computed while the parser is built (start-up time);
//  - paths come from lookahead-table.ts, generated from this grammar by
//    grammar/tools/gen-lookahead.ts, and are computed on first use only if
//    the table does not match the grammar (checked by a fingerprint);
//  - alternations with gates check only the gates of the alternatives the
//    next token can start (Chevrotain's evaluates every gate and path, which
//    made the statement decision the costliest one).
import {
  getLookaheadPaths, tokenMatcher, Alternation, Alternative, NonTerminal, Option, Repetition, RepetitionMandatory,
  RepetitionMandatoryWithSeparator, RepetitionWithSeparator, Terminal, Rule, LLkLookaheadStrategy,
  type ILookaheadStrategy, type ILookaheadValidationError, type IOrAlt, type IProduction, type IToken,
  type OptionalProductionType, type TokenType,
} from 'chevrotain';
import { LOOKAHEAD_FINGERPRINT, LOOKAHEAD_PATHS } from './lookahead-table';
import { allTokens } from './tokens';

interface LookaheadHost { LA(i: number): IToken }
type OrLookahead = (this: LookaheadHost, orAlts?: IOrAlt<any>[]) => number | undefined;
type OptLookahead = (this: LookaheadHost) => boolean;
/** Lookahead paths: alternative → path → token types. */
export type Paths = TokenType[][][];

export class TableLookahead implements ILookaheadStrategy {
  private inner: InstanceType<typeof LLkLookaheadStrategy>;
  private table: Record<string, string> | null = null;

  constructor(maxLookahead: number, useTable = true) {
    this.inner = new LLkLookaheadStrategy({ maxLookahead });
    this.table = useTable ? LOOKAHEAD_PATHS : null;
  }

  validate(options: { rules: Rule[]; tokenTypes: TokenType[]; grammarName: string }): ILookaheadValidationError[] {
    return this.inner.validate(options);
  }

  initialize(options: { rules: Rule[] }): void {
    if (this.table && grammarFingerprint(options.rules) !== LOOKAHEAD_FINGERPRINT) this.table = null;
  }

  buildLookaheadForAlternation(options: { prodOccurrence: number; rule: Rule; maxLookahead: number; hasPredicates: boolean }) {
    const table = this.table;
    let fn: OrLookahead | undefined;
    return function (this: LookaheadHost, orAlts?: IOrAlt<any>[]) {
      fn ??= orLookahead(pathsFor(table, options.rule, 'Alternation', options.prodOccurrence, options.maxLookahead), options.hasPredicates);
      return fn.call(this, orAlts);
    };
  }

  buildLookaheadForOptional(options: { prodOccurrence: number; prodType: OptionalProductionType; rule: Rule; maxLookahead: number }) {
    const table = this.table;
    let fn: OptLookahead | undefined;
    return function (this: LookaheadHost) {
      fn ??= optLookahead(pathsFor(table, options.rule, options.prodType, options.prodOccurrence, options.maxLookahead)[0]);
      return fn.call(this);
    };
  }
}

/** The table key of a decision point. */
export function decisionKey(rule: string, prodType: string, occurrence: number): string {
  return `${rule} ${prodType} ${occurrence}`;
}

function pathsFor(table: Record<string, string> | null, rule: Rule, prodType: string, occurrence: number, maxLookahead: number): Paths {
  const enc = table?.[decisionKey(rule.name, prodType, occurrence)];
  if (enc !== undefined) return decodePaths(enc);
  return getLookaheadPaths({ occurrence, rule, prodType: prodType as any, maxLookahead });
}

// Paths are stored as text: alternatives separated by '|', paths by ',',
// token types (base-36 indices in `allTokens`) by ' ', '-' for an empty path.
export function encodePaths(paths: Paths): string {
  return paths.map((alt) => alt.map((p) => (p.length ? p.map((t) => allTokens.indexOf(t).toString(36)).join(' ') : '-')).join(',')).join('|');
}

function decodePaths(s: string): Paths {
  return s.split('|').map((alt) => (alt === '' ? [] : alt.split(',').map((p) => (p === '-' ? [] : p.split(' ').map((i) => allTokens[parseInt(i, 36)])))));
}

/** A hash of the grammar's structure, so that a stale table is never used.
 * (Cheap: it runs at start-up.) */
export function grammarFingerprint(rules: Rule[]): string {
  let h = 0x811c9dc5;
  const mixInt = (n: number) => { h = Math.imul(h ^ n, 0x01000193) >>> 0; };
  const mix = (s: string) => { for (let i = 0; i < s.length; i++) mixInt(s.charCodeAt(i)); };
  const walk = (p: IProduction) => {
    const kind = KIND_CODES.get(p.constructor) ?? 0;
    mixInt(kind);
    if (kind === 1) mixInt((p as Terminal).terminalType.tokenTypeIdx! * 64 + (p as Terminal).idx);
    else if (kind === 2) { mix((p as NonTerminal).nonTerminalName); mixInt((p as NonTerminal).idx); } else {
      mixInt((p as unknown as { idx?: number }).idx ?? 0);
      for (const c of (p as unknown as { definition: IProduction[] }).definition) walk(c);
      mixInt(255);
    }
  };
  for (const r of rules) { mix(r.name); walk(r); }
  for (const t of allTokens) mix(t.name);
  return h.toString(36);
}

const KIND_CODES = new Map<unknown, number>([
  [Terminal, 1], [NonTerminal, 2], [Alternation, 3], [Alternative, 4], [Option, 5], [Repetition, 6],
  [RepetitionMandatory, 7], [RepetitionWithSeparator, 8], [RepetitionMandatoryWithSeparator, 9], [Rule, 10],
]);

/** The kind of a grammar production, as Chevrotain names decision points
 * (not constructor.name, which minifiers change). */
export function productionKind(p: IProduction): string {
  if (p instanceof Terminal) return 'Terminal';
  if (p instanceof NonTerminal) return 'NonTerminal';
  if (p instanceof Alternation) return 'Alternation';
  if (p instanceof Alternative) return 'Alternative';
  if (p instanceof Option) return 'Option';
  if (p instanceof RepetitionMandatoryWithSeparator) return 'RepetitionMandatoryWithSeparator';
  if (p instanceof RepetitionMandatory) return 'RepetitionMandatory';
  if (p instanceof RepetitionWithSeparator) return 'RepetitionWithSeparator';
  if (p instanceof Repetition) return 'Repetition';
  if (p instanceof Rule) return 'Rule';
  return 'Unknown';
}

/** Chooses an alternative from its lookahead paths. */
export function orLookahead(paths: Paths, hasPredicates: boolean): OrLookahead {
  if (paths.every((alt) => alt.every((p) => p.length === 1))) {
    // LL(1): next token type → the alternatives it can start, in order
    const byType: number[][] = [];
    paths.forEach((alt, ai) => {
      for (const [t] of alt) {
        for (const idx of [t.tokenTypeIdx!, ...(t.categoryMatches ?? [])]) {
          const c = (byType[idx] ??= []);
          if (!c.includes(ai)) c.push(ai);
        }
      }
    });
    if (!hasPredicates) {
      const first = byType.map((c) => c?.[0]);
      return function () { return first[this.LA(1).tokenTypeIdx]; };
    }
    return function (orAlts) {
      const c = byType[this.LA(1).tokenTypeIdx];
      if (c) {
        for (let i = 0; i < c.length; i++) {
          const gate = orAlts![c[i]].GATE;
          if (gate === undefined || gate.call(this)) return c[i];
        }
      }
      return undefined;
    };
  }
  return function (orAlts) {
    for (let ai = 0; ai < paths.length; ai++) {
      const gate = hasPredicates ? orAlts![ai].GATE : undefined;
      if (gate !== undefined && !gate.call(this)) continue;
      next: for (const path of paths[ai]) {
        for (let i = 0; i < path.length; i++) if (!tokenMatcher(this.LA(i + 1), path[i])) continue next;
        return ai;
      }
    }
    // No alternative fits the next k tokens: the input is wrong here or just
    // after. Take the first alternative the next token can start, so that
    // the error is reported at the token that is wrong (as CPython does),
    // not at the start of the statement.
    for (let ai = 0; ai < paths.length; ai++) {
      const gate = hasPredicates ? orAlts![ai].GATE : undefined;
      if (gate !== undefined && !gate.call(this)) continue;
      for (const path of paths[ai]) if (path.length && tokenMatcher(this.LA(1), path[0])) return ai;
    }
    return undefined;
  };
}

/** Whether to enter an OPTION / MANY, from the paths of its content. */
function optLookahead(paths: TokenType[][]): OptLookahead {
  if (paths.every((p) => p.length === 1)) {
    const yes: boolean[] = [];
    for (const [t] of paths) for (const idx of [t.tokenTypeIdx!, ...(t.categoryMatches ?? [])]) yes[idx] = true;
    return function () { return yes[this.LA(1).tokenTypeIdx] === true; };
  }
  return function () {
    next: for (const path of paths) {
      for (let i = 0; i < path.length; i++) if (!tokenMatcher(this.LA(i + 1), path[i])) continue next;
      return true;
    }
    return false;
  };
}
