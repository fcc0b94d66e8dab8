// Regenerates the expected results of conformance cases by running them under
// CPython (python3): <case>.out is stdout; <case>.rc the exit status when not 0.
// Usage: node test/tools/regen.mjs [substring-of-path ...]
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync, writeFileSync, existsSync, unlinkSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const confDir = join(root, 'test/conformance');
const filters = process.argv.slice(2);
const python = process.env.PYTHON || 'python3';

function walk(dir, out = []) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (p.endsWith('.py') && !name.startsWith('_')) out.push(p);
  }
  return out;
}

let n = 0;
for (const f of walk(confDir)) {
  if (filters.length && !filters.some((s) => f.includes(s))) continue;
  const base = f.replace(/\.py$/, '');
  // A case whose expected output is written by hand (e.g. Python 2 dialect)
  // carries a <case>.manual marker and is left alone.
  if (existsSync(base + '.manual')) continue;
  const input = existsSync(base + '.stdin') ? readFileSync(base + '.stdin') : '';
  const r = spawnSync(python, [f], {
    cwd: confDir, input, timeout: 60000,
    env: { ...process.env, PYTHONHASHSEED: '0', LC_ALL: 'C.UTF-8', PYTHONDONTWRITEBYTECODE: '1' },
  });
  writeFileSync(base + '.out', r.stdout);
  if (r.status !== 0) writeFileSync(base + '.rc', String(r.status) + '\n');
  else if (existsSync(base + '.rc')) unlinkSync(base + '.rc');
  n++;
}
console.log(`regenerated ${n} cases with ${python}`);
