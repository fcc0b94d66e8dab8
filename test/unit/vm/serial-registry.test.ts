// Rule 1 (DESIGN.md): execution state is data. A paused interpreter is
// serialized by naming each object's class, so every class whose instances
// can be on the heap (objects, iterators, native frames) must be registered
// with serial(). This test reads the sources and finds the ones that are not.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

// Builtin functions and code objects are recorded by reference (a native
// module's path, a compilation unit and index), not field by field.
const BY_REFERENCE = new Set(['PyBuiltin', 'PyCode', 'CFunc', 'RawFunc', 'FastMethod']);

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) sources(p, out);
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out;
}

test('every class deriving from PyObject or Frame is registered with serial()', () => {
  const files = [...sources('src'), ...sources('stdlib')];
  const parent = new Map<string, string>();
  const abstract = new Set<string>();
  const registered = new Set<string>();
  const where = new Map<string, string>();
  for (const f of files) {
    const s = readFileSync(f, 'utf8');
    for (const m of s.matchAll(/^(?:export )?(abstract )?class (\w+)(?:<[^>]*>)? extends (\w+)/gm)) {
      parent.set(m[2], m[3]);
      where.set(m[2], f);
      if (m[1]) abstract.add(m[2]);
    }
    for (const m of s.matchAll(/serial\(([^)]*)\)/g)) for (const n of m[1].split(/[,\s]+/)) if (n) registered.add(n);
  }
  // objects, and frames (which do not extend PyObject: see vm/frame.ts)
  const derives = (c: string, depth = 0): boolean => c === 'PyObject' || c === 'Frame' || (depth < 20 && parent.has(c) && derives(parent.get(c)!, depth + 1));
  const missing = [...parent.keys()].filter((c) => derives(c) && !abstract.has(c) && !registered.has(c) && !BY_REFERENCE.has(c));
  assert.equal(missing.map((c) => `${c} (${where.get(c)})`), []);
});

test.run();
