// Checks of the grammar's definition that start-up skips: Chevrotain's
// grammar validation (ambiguities, left recursion...), the lexer's
// definition, the CST visitor covering every rule, and the generated
// lookahead table matching the grammar.
import { readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createSyntaxDiagramsCode } from 'chevrotain';
import { getLexer } from '../../../grammar/lexer';
import { createValidatedParser, getParser } from '../../../grammar/parser';
import { linkVisitor } from '../../../grammar/to-ast';
import { generateLookaheadTable } from '../../../grammar/tools/gen-lookahead';

test('the grammar passes Chevrotain validation', () => {
  createValidatedParser(); // throws with the list of problems
});

test('the lexer definition is valid and fully optimized', () => {
  const lexer = getLexer(true) as unknown as { lexerDefinitionErrors: unknown[]; lexerDefinitionWarning: unknown[] };
  assert.equal(lexer.lexerDefinitionErrors, []);
  assert.equal(lexer.lexerDefinitionWarning, []);
});

test('the CST visitor has a method for every rule', () => {
  const parser = getParser();
  linkVisitor(parser.getBaseCstVisitorConstructor(), true); // throws when one is missing
});

test('the lookahead table is up to date (else run grammar/tools/gen-lookahead.ts)', () => {
  const committed = readFileSync('grammar/lookahead-table.ts', 'utf8');
  assert.fixture(committed, generateLookaheadTable());
});

test('the railroad diagrams can be generated', () => {
  const html = createSyntaxDiagramsCode(getParser().getSerializedGastProductions());
  assert.ok(html.includes('fileInput'));
});

test.run();
