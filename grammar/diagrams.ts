// Writes railroad diagrams of the grammar to dist/grammar-diagrams.html
// (`npm run grammar:diagrams`). The expression rules are flat by design: the
// operator precedence they do not show is in parser-expressions.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createSyntaxDiagramsCode } from 'chevrotain';
import { getParser } from './parser';

const html = createSyntaxDiagramsCode(getParser().getSerializedGastProductions());
mkdirSync('dist', { recursive: true });
writeFileSync('dist/grammar-diagrams.html', html);
console.log('wrote dist/grammar-diagrams.html');
