// Snippets covering every construct, with the AST (and positions) or the
// SyntaxError that CPython 3.11 gives for them: fixtures/snippets.json,
// generated from fixtures/snippets.txt by test/tools/astdump-fixtures.py.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse, ParseError } from '../../../grammar/index';
import { dump } from '../../tools/astdump';
import data from './fixtures/snippets.json';

interface Case {
  name: string;
  mode: 'exec' | 'eval' | 'single';
  src: string;
  dump?: string;
  attrs?: string;
  error?: { kind: string; msg: string; lineno?: number; offset?: number; end_lineno?: number; end_offset?: number; text?: string | null };
}

/** Deliberate differences from CPython (test/DIFFERENCES.md material):
 * name → what we produce instead. */
const DIFFERENT: Record<string, string> = {
  // CPython rejects a BOM in a str source (it strips it only when decoding
  // bytes); pys is given decoded text, so it skips a leading BOM.
  'bom at start of source': "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])",
};

for (const c of (data as { cases: Case[] }).cases) {
  test(c.name, () => {
    let tree;
    try {
      tree = parse(c.src, '<fixture>', c.mode);
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      if (!c.error) {
        assert.unreachable(`unexpected ${e.kind}: ${e.msg} (line ${e.lineno}, offset ${e.offset})`);
        return;
      }
      // (CPython gives no location for some errors, e.g. null bytes)
      const located = c.error.lineno != null;
      const got = { kind: e.kind, msg: e.msg, lineno: located ? e.lineno : null, offset: located ? e.offset : null };
      const want = { kind: c.error.kind, msg: c.error.msg, lineno: c.error.lineno ?? null, offset: c.error.offset ?? null };
      assert.equal(got, want);
      return;
    }
    if (DIFFERENT[c.name]) {
      assert.is(dump(tree), DIFFERENT[c.name]);
      return;
    }
    if (c.error) assert.unreachable(`expected ${c.error.kind}: ${c.error.msg} (line ${c.error.lineno}, offset ${c.error.offset})`);
    assert.fixture(dump(tree), c.dump!);
    if (c.attrs) assert.fixture(dump(tree, { includeAttributes: true }), c.attrs);
  });
}

test.run();
