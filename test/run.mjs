// The test command: uvu unit tests (test/unit/**/*.test.ts, bundled with
// esbuild) and the conformance suite (test/conformance/**/*.py run under pys,
// stdout compared with the CPython-generated .out, exit status with .rc).
// Known failures (test/known-failures.txt) are reported, not counted.
// The last line is always "N passed, M failed"; the exit status is 1 when M > 0.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, existsSync, statSync, mkdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cpus } from 'node:os';
import * as esbuild from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const only = args.find((a) => !a.startsWith('--'));
const wantUnit = !args.includes('--conformance');
const wantConf = !args.includes('--unit');
const verbose = args.includes('-v');
const jobs = Math.max(2, cpus().length);

function walk(dir, pred, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, pred, out);
    else if (pred(p)) out.push(p);
  }
  return out;
}

function run(cmd, argv, opts = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, argv, { ...opts, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '', err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    let timer = null;
    if (opts.timeout) timer = setTimeout(() => child.kill('SIGKILL'), opts.timeout);
    child.on('close', (code, sig) => { if (timer) clearTimeout(timer); resolve({ code, sig, out, err }); });
    if (opts.input != null) child.stdin.end(opts.input); else child.stdin.end();
  });
}

async function pool(items, fn) {
  let i = 0;
  await Promise.all(Array.from({ length: jobs }, async () => {
    while (i < items.length) { const k = i++; await fn(items[k], k); }
  }));
}

const known = new Map();
if (existsSync(join(root, 'test/known-failures.txt'))) {
  for (const line of readFileSync(join(root, 'test/known-failures.txt'), 'utf8').split('\n')) {
    const m = line.match(/^\s*([^#\s]+)\s*(?:#\s*(.*))?$/);
    if (m) known.set(m[1], m[2] || '');
  }
}

let passed = 0, failed = 0, knownFailed = 0;
const failures = [], unexpectedPasses = [];

function record(name, ok, detail) {
  if (ok) {
    passed++;
    if (known.has(name)) unexpectedPasses.push(name);
    if (verbose) console.log(`ok   ${name}`);
  } else if (known.has(name)) {
    knownFailed++;
    if (verbose) console.log(`KNOWN ${name}: ${known.get(name)}`);
  } else {
    failed++;
    failures.push(name);
    console.log(`FAIL ${name}\n${detail.replace(/^/gm, '     ')}`);
  }
}

// The type checker catches what the bundler lets through (esbuild strips
// types without checking them: a missing import only fails at run time).
if (wantUnit && !only) {
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  const r = await run(process.execPath, [tsc, '--noEmit', '-p', root], { cwd: root, timeout: 600000 });
  record('typecheck (tsc --noEmit)', r.code === 0, (r.out + r.err).split('\n').slice(0, 20).join('\n'));
}

if (wantUnit) {
  const files = walk(join(root, 'test/unit'), (p) => p.endsWith('.test.ts'))
    .filter((p) => !only || p.includes(only));
  const outdir = join(root, 'dist-test');
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  if (files.length) {
    await esbuild.build({
      entryPoints: files, outdir, outbase: root, bundle: true, platform: 'node',
      target: 'node20', format: 'cjs', sourcemap: 'inline', logLevel: 'error',
    });
  }
  await pool(files, async (f) => {
    const rel = relative(root, f);
    const js = join(outdir, rel.replace(/\.ts$/, '.js'));
    const r = await run(process.execPath, ['--enable-source-maps', '--stack-size=4000', js], { cwd: root, timeout: 600000 });
    const total = +(r.out.match(/Total:\s+(\d+)/) || [])[1] || 0;
    const ok = +(r.out.match(/Passed:\s+(\d+)/) || [])[1] || 0;
    if (r.code === 0 && total > 0 && ok === total) {
      for (let k = 0; k < total; k++) record(`${rel}#${k}`, true);
    } else {
      const detail = (r.out + r.err).split('\n').slice(0, 80).join('\n');
      for (let k = 0; k < ok; k++) record(`${rel}#${k}`, true);
      record(rel, false, detail || `exit ${r.code} ${r.sig || ''}`);
    }
  });
}

if (wantConf) {
  const pys = join(root, 'bin/pys.js');
  const files = walk(join(root, 'test/conformance'), (p) => p.endsWith('.py') && !p.split('/').pop().startsWith('_'))
    .filter((p) => existsSync(p.replace(/\.py$/, '.out')))
    .filter((p) => !only || p.includes(only));
  await pool(files, async (f) => {
    const rel = relative(root, f);
    const base = f.replace(/\.py$/, '');
    const expected = readFileSync(base + '.out', 'utf8');
    const rc = existsSync(base + '.rc') ? +readFileSync(base + '.rc', 'utf8').trim() : 0;
    const input = existsSync(base + '.stdin') ? readFileSync(base + '.stdin') : '';
    const r = await run(process.execPath, [pys, f], {
      cwd: join(root, 'test/conformance'), input, timeout: 60000,
      env: { ...process.env, PYTHONHASHSEED: '0', LC_ALL: 'C.UTF-8' },
    });
    let detail = '';
    if (r.out !== expected) detail += firstDiff(expected, r.out);
    if (r.code !== rc) detail += `exit status ${r.code}${r.sig ? ' ' + r.sig : ''}, expected ${rc}\n`;
    if (detail && r.err) detail += 'stderr:\n' + r.err.split('\n').slice(-15).join('\n');
    record(rel, !detail, detail);
  });
}

function firstDiff(a, b) {
  const x = a.split('\n'), y = b.split('\n');
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] !== y[i]) return `line ${i + 1}: expected ${JSON.stringify(x[i])}, got ${JSON.stringify(y[i])}\n`;
  }
  return 'outputs differ\n';
}

if (unexpectedPasses.length) console.log(`unexpectedly passing (remove from known-failures.txt): ${unexpectedPasses.join(', ')}`);
if (knownFailed) console.log(`${knownFailed} known failures (test/known-failures.txt)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
