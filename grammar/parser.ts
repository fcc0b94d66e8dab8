// Construction of the Chevrotain parser, lazily and cheaply: start-up time is
// part of the interpreter's budget, so the grammar's self-analysis skips the
// validations (a unit test runs them) and lookahead functions are computed
// on first use of each decision point rather than all up front.
import {
  LLkLookaheadStrategy, type ILookaheadStrategy, type IParserErrorMessageProvider, type OptionalProductionType,
  type Rule, type IOrAlt, type TokenType, type ILookaheadValidationError,
} from 'chevrotain';
import { PythonParser } from './parser-statements';
import { linkVisitor } from './to-ast';

/** Maximum tokens of lookahead: `name=` arguments and trailing commas need 2. */
const MAX_LOOKAHEAD = 2;

/** LL(k) lookahead whose functions are built when a decision is first taken. */
class LazyLookahead implements ILookaheadStrategy {
  private inner = new LLkLookaheadStrategy({ maxLookahead: MAX_LOOKAHEAD });

  validate(options: { rules: Rule[]; tokenTypes: TokenType[]; grammarName: string }): ILookaheadValidationError[] {
    return this.inner.validate(options);
  }

  buildLookaheadForAlternation(options: Parameters<ILookaheadStrategy['buildLookaheadForAlternation']>[0]) {
    const inner = this.inner;
    let fn: ((orAlts?: IOrAlt<any>[]) => number | undefined) | undefined;
    return function (this: unknown, orAlts?: IOrAlt<any>[]) {
      fn ??= inner.buildLookaheadForAlternation(options);
      return fn.call(this, orAlts);
    };
  }

  buildLookaheadForOptional(options: {
    prodOccurrence: number; prodType: OptionalProductionType; rule: Rule; maxLookahead: number; dynamicTokensEnabled: boolean;
  }) {
    const inner = this.inner;
    let fn: (() => boolean) | undefined;
    return function (this: unknown) {
      fn ??= inner.buildLookaheadForOptional(options);
      return fn.call(this);
    };
  }
}

/** Errors carry the facts errors.ts needs, not prose (built only on failure). */
const errorMessageProvider: IParserErrorMessageProvider = {
  buildMismatchTokenMessage: ({ expected }) => `expected:${expected.name}`,
  buildNotAllInputParsedMessage: () => 'notall',
  buildNoViableAltMessage: ({ ruleName }) => `noviable:${ruleName}`,
  buildEarlyExitMessage: ({ ruleName }) => `earlyexit:${ruleName}`,
};

let parser: PythonParser | undefined;
/** Milliseconds the last parser construction took (reported by benchmarks). */
export let constructionMs = 0;

/** The shared parser, built on first use. */
export function getParser(): PythonParser {
  if (!parser) {
    const t0 = performance.now();
    parser = new PythonParser({
      maxLookahead: MAX_LOOKAHEAD,
      skipValidations: true,
      recoveryEnabled: false,
      lookaheadStrategy: new LazyLookahead(),
      errorMessageProvider,
    });
    linkVisitor(parser.getBaseCstVisitorConstructor());
    constructionMs = performance.now() - t0;
  }
  return parser;
}

/** A parser with Chevrotain's full grammar validation (for tests); throws
 * if the grammar has errors such as ambiguities. */
export function createValidatedParser(): PythonParser {
  return new PythonParser({ maxLookahead: MAX_LOOKAHEAD, skipValidations: false, recoveryEnabled: false, errorMessageProvider });
}
