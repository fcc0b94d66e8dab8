// Construction of the Chevrotain parser, lazily and cheaply: start-up time is
// part of the interpreter's budget, so the grammar's self-analysis skips the
// validations (a unit test runs them) and lookahead comes from a table
// generated ahead of time (lookahead.ts).
import type { IParserErrorMessageProvider } from 'chevrotain';
import { TableLookahead } from './lookahead';
import { PythonParser } from './parser-statements';
import { linkVisitor } from './to-ast';

/** Maximum tokens of lookahead: `name=` arguments and trailing commas need 2. */
export const MAX_LOOKAHEAD = 2;

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
      lookaheadStrategy: new TableLookahead(MAX_LOOKAHEAD),
      errorMessageProvider,
    });
    linkVisitor(parser.getBaseCstVisitorConstructor(), false);
    constructionMs = performance.now() - t0;
  }
  return parser;
}

/** A parser with Chevrotain's full grammar validation (for tests); throws
 * if the grammar has errors such as ambiguities. */
export function createValidatedParser(): PythonParser {
  return new PythonParser({ maxLookahead: MAX_LOOKAHEAD, skipValidations: false, recoveryEnabled: false, errorMessageProvider });
}
