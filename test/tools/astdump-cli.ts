// Prints the AST of a Python file in CPython's ast.dump format (see astdump.ts).
// Usage: npx esbuild test/tools/astdump-cli.ts --bundle --platform=node --outfile=/tmp/astdump.js
//        node /tmp/astdump.js [--attributes] [--mode=exec|eval|single] file.py
import { readFileSync } from 'node:fs';
import { parse, ParseError } from '../../grammar/index';
import { dump } from './astdump';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
const mode = (args.find((a) => a.startsWith('--mode='))?.slice(7) ?? 'exec') as 'exec' | 'eval' | 'single';
if (!file) {
  console.error('usage: astdump [--attributes] [--mode=exec|eval|single] file.py');
  process.exit(2);
}
try {
  console.log(dump(parse(readFileSync(file, 'utf8'), file, mode), { includeAttributes: args.includes('--attributes') }));
} catch (e) {
  if (!(e instanceof ParseError)) throw e;
  console.log(`${e.kind}: ${e.msg} (line ${e.lineno}, offset ${e.offset})`);
  process.exit(1);
}
