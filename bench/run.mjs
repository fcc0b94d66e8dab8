#!/usr/bin/env node
// bench/run.mjs - runs the benchmark programs under CPython and under pys side
// by side and compares them: wall time (minimum over repetitions, runs
// alternating between the two interpreters), identical stdout, exit status.
//
//   npm run bench -- [--only a,b] [--reps N] [--dir bench/core] [--json FILE]
//                    [--pys "CMD ARGS"] [--python CMD] [--timeout S]
//                    [--startup-reps N] [--no-startup] [--list] [--strict]
//
// See bench/README.md. A benchmark that fails under pys (non-zero exit, signal,
// timeout, spawn error) is reported as FAILED; the runner itself keeps going.

import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.dirname(BENCH_DIR);

// ---------------------------------------------------------------- options

const USAGE = `usage: node bench/run.mjs [options]
  --only a,b          run only these benchmarks (name, name.py or dir/name)
  --reps N            repetitions per interpreter, minimum taken (default 3)
  --dir D[,D]         benchmark directories (repeatable; default: every
                      subdirectory of bench/ holding *.py files)
  --json FILE         also save the results as JSON
  --pys "CMD ARGS"    command that runs pys (default: node bin/pys.js)
  --python CMD        CPython to compare with (default: python3, resolved
                      once to sys.executable)
  --timeout S         kill a run after S seconds (default 300)
  --startup-reps N    runs of '-c pass' for the start-up ratio (default 10)
  --no-startup        skip the start-up measurement
  --list              list the benchmarks found and exit
  --strict            exit with status 1 if any benchmark did not pass
  -h, --help          this text`;

function splitCommand(s) {
  // minimal shell-like split: whitespace, '…' and "…" quoting, \ escapes
  const out = [];
  let cur = '';
  let has = false;
  let q = null;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q) {
      if (c === q) q = null;
      else if (c === '\\' && q === '"' && i + 1 < s.length) cur += s[++i];
      else cur += c;
    } else if (c === '"' || c === "'") {
      q = c;
      has = true;
    } else if (c === '\\' && i + 1 < s.length) {
      cur += s[++i];
      has = true;
    } else if (/\s/.test(c)) {
      if (has) out.push(cur);
      cur = '';
      has = false;
    } else {
      cur += c;
      has = true;
    }
  }
  if (q) throw new Error(`unterminated quote in command: ${s}`);
  if (has) out.push(cur);
  return out;
}

function parseArgs(argv) {
  const opts = {
    only: null,
    reps: 3,
    dirs: [],
    json: null,
    pys: null,
    python: 'python3',
    timeout: 300,
    startupReps: 10,
    startup: true,
    list: false,
    strict: false,
  };
  const need = (i, name) => {
    if (i >= argv.length) fail(`option ${name} needs a value`);
    return argv[i];
  };
  const posInt = (v, name) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) fail(`${name} wants a positive integer, got ${v}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i];
    let val;
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq > 0) {
      val = a.slice(eq + 1);
      a = a.slice(0, eq);
    }
    const value = () => (val !== undefined ? val : need(++i, a));
    switch (a) {
      case '--only':
        opts.only = (opts.only || []).concat(value().split(',').map((s) => s.trim()).filter(Boolean));
        break;
      case '--reps': opts.reps = posInt(value(), a); break;
      case '--dir':
        opts.dirs.push(...value().split(',').map((s) => s.trim()).filter(Boolean));
        break;
      case '--json': opts.json = value(); break;
      case '--pys': opts.pys = value(); break;
      case '--python': opts.python = value(); break;
      case '--timeout': {
        const t = Number(value());
        if (!(t > 0)) fail('--timeout wants a positive number of seconds');
        opts.timeout = t;
        break;
      }
      case '--startup-reps': opts.startupReps = posInt(value(), a); break;
      case '--no-startup': opts.startup = false; break;
      case '--list': opts.list = true; break;
      case '--strict': opts.strict = true; break;
      case '-h': case '--help':
        console.log(USAGE);
        process.exit(0);
        break;
      default:
        fail(`unknown argument: ${argv[i]}\n${USAGE}`);
    }
  }
  return opts;
}

function fail(msg) {
  console.error(`bench: ${msg}`);
  process.exit(2);
}

// ---------------------------------------------------------------- discovery

function hasPy(dir) {
  try {
    return fs.readdirSync(dir).some((f) => f.endsWith('.py') && fs.statSync(path.join(dir, f)).isFile());
  } catch {
    return false;
  }
}

function resolveDir(d) {
  const cands = path.isAbsolute(d) ? [d] : [path.resolve(d), path.join(ROOT, d), path.join(BENCH_DIR, d)];
  for (const c of cands) {
    try {
      if (fs.statSync(c).isDirectory()) return c;
    } catch { /* next */ }
  }
  fail(`no such benchmark directory: ${d}`);
}

function discover(opts) {
  let dirs;
  if (opts.dirs.length) {
    dirs = opts.dirs.map(resolveDir);
  } else {
    dirs = fs.readdirSync(BENCH_DIR, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('.') && hasPy(path.join(BENCH_DIR, e.name)))
      .map((e) => path.join(BENCH_DIR, e.name))
      .sort((a, b) => {
        // core first, the rest alphabetically
        const ka = path.basename(a) === 'core' ? '' : path.basename(a);
        const kb = path.basename(b) === 'core' ? '' : path.basename(b);
        return ka < kb ? -1 : ka > kb ? 1 : 0;
      });
  }
  dirs = [...new Set(dirs)];
  const groups = [];
  for (const dir of dirs) {
    // the group's name: its path under bench/, else under the repository,
    // else the absolute path
    const inside = (base) => {
      const rel = path.relative(base, dir);
      return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : null;
    };
    const group = inside(BENCH_DIR) || inside(ROOT) || dir;
    const files = fs.readdirSync(dir)
      .filter((f) => f.endsWith('.py') && fs.statSync(path.join(dir, f)).isFile())
      .sort();
    const benches = files.map((f) => ({
      name: f.slice(0, -3),
      group,
      abs: path.join(dir, f),
      // passed to both interpreters, relative to the repository root (cwd)
      arg: inside(ROOT) || dir === ROOT ? path.relative(ROOT, path.join(dir, f)) : path.join(dir, f),
    }));
    groups.push({ group, dir, benches });
  }
  if (opts.only) {
    const wanted = new Set(opts.only.map((s) => s.replace(/\.py$/, '')));
    const used = new Set();
    for (const g of groups) {
      g.benches = g.benches.filter((b) => {
        for (const k of [b.name, `${g.group}/${b.name}`]) {
          if (wanted.has(k)) {
            used.add(k);
            return true;
          }
        }
        return false;
      });
    }
    for (const w of wanted) if (!used.has(w)) console.error(`bench: warning: --only ${w} matches no benchmark`);
  }
  return groups.filter((g) => g.benches.length);
}

// ---------------------------------------------------------------- running

const DEV_NULL = fs.openSync('/dev/null', 'r');
let currentChild = null;

function killTree(child) {
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    try { child.kill('SIGKILL'); } catch { /* gone */ }
  }
}

function runOnce(cmd, args, timeoutS) {
  return new Promise((resolve) => {
    const out = [];
    const err = [];
    let child;
    let timedOut = false;
    let endNs = null;
    let exitInfo = null;
    let spawnError = null;
    let pending = 3; // exit + stdout close + stderr close
    const done = () => {
      if (--pending > 0) return;
      clearTimeout(timer);
      currentChild = null;
      resolve({
        seconds: Number((endNs ?? process.hrtime.bigint()) - startNs) / 1e9,
        code: exitInfo ? exitInfo.code : null,
        signal: exitInfo ? exitInfo.signal : null,
        timedOut,
        spawnError,
        stdout: Buffer.concat(out),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    };
    let timer = null;
    const startNs = process.hrtime.bigint();
    try {
      // detached: its own process group, so that a timeout or ^C kills the
      // whole tree (a wrapper script's children too, which would otherwise
      // keep the output pipes open)
      child = spawn(cmd, args, { cwd: ROOT, stdio: [DEV_NULL, 'pipe', 'pipe'], env: process.env, detached: true });
    } catch (e) {
      spawnError = e.message;
      pending = 1;
      done();
      return;
    }
    currentChild = child;
    timer = setTimeout(() => {
      timedOut = true;
      killTree(child);
    }, timeoutS * 1000);
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.stdout.on('close', done);
    child.stderr.on('close', done);
    child.on('error', (e) => {
      // spawn failure (ENOENT, EACCES): no 'exit' follows, streams close
      if (endNs === null) endNs = process.hrtime.bigint();
      spawnError = e.message;
      if (!exitInfo) {
        exitInfo = { code: null, signal: null };
        done();
      }
    });
    child.on('exit', (code, signal) => {
      endNs = process.hrtime.bigint();
      if (exitInfo) return;
      exitInfo = { code, signal };
      done();
    });
  });
}

function ok(r) {
  return !r.spawnError && !r.timedOut && r.code === 0;
}

// a one-line reason for a failed run
function failReason(r, timeoutS) {
  if (r.spawnError) return `cannot run: ${r.spawnError}`;
  if (r.timedOut) return `timeout after ${timeoutS} s`;
  const lines = r.stderr.split('\n').map((l) => l.trim()).filter(Boolean);
  // The first line of stderr, unless that is a Python traceback's header or a
  // Node stack trace's location: then the (last) line naming the error, e.g.
  // "ValueError: ..." or "TypeError: x is not a function".
  let line = lines[0] || '';
  const errLines = lines.filter((l) => /^([A-Za-z_][\w.]*)?(Error|Exception|Interrupt|Exit)\b/.test(l));
  if (errLines.length && (line.startsWith('Traceback (most recent call last)') || /^(node:|file:|\/).*:\d+$/.test(line))) {
    line = errLines[errLines.length - 1];
  }
  const status = r.signal ? `killed by ${r.signal}` : `exit ${r.code}`;
  return line ? `${status}: ${line}` : status;
}

function firstDifference(expected, actual) {
  const e = expected.toString('utf8').split('\n');
  const a = actual.toString('utf8').split('\n');
  for (let i = 0; i < Math.max(e.length, a.length); i++) {
    if (e[i] !== a[i]) {
      const show = (s) => (s === undefined ? '<missing>' : JSON.stringify(s.length > 60 ? s.slice(0, 57) + '...' : s));
      return `line ${i + 1}: expected ${show(e[i])}, got ${show(a[i])}`;
    }
  }
  return 'output differs';
}

function geomean(xs) {
  if (!xs.length) return null;
  return Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);
}

async function runBenchmark(b, py, pys, opts) {
  const pyTimes = [];
  const pysTimes = [];
  const pysOuts = [];
  let expected = null;
  let status = 'ok';
  let detail = '';
  let pysFailed = false;
  for (let rep = 0; rep < opts.reps; rep++) {
    // alternate which interpreter goes first, so that drifts in machine load
    // hit both alike
    const order = rep % 2 === 0 ? ['py', 'pys'] : ['pys', 'py'];
    for (const who of order) {
      if (who === 'py') {
        const r = await runOnce(py.cmd, [...py.args, b.arg], opts.timeout);
        if (!ok(r)) {
          return { status: 'PYTHON FAILED', detail: failReason(r, opts.timeout), pyTimes, pysTimes };
        }
        if (expected === null) expected = r.stdout;
        else if (!expected.equals(r.stdout)) {
          return { status: 'PYTHON NONDETERMINISTIC', detail: firstDifference(expected, r.stdout), pyTimes, pysTimes };
        }
        pyTimes.push(r.seconds);
      } else if (!pysFailed) {
        const r = await runOnce(pys.cmd, [...pys.args, b.arg], opts.timeout);
        if (!ok(r)) {
          pysFailed = true;
          status = 'FAILED';
          detail = failReason(r, opts.timeout);
          continue;
        }
        pysTimes.push(r.seconds);
        pysOuts.push(r.stdout); // compared at the end: CPython may run second

      }
    }
    if (pysFailed && pyTimes.length) break; // no point timing a failing run again
  }
  if (!pysFailed) {
    for (const out of pysOuts) {
      if (!out.equals(expected)) {
        status = 'OUTPUT DIFFERS';
        detail = firstDifference(expected, out);
        break;
      }
    }
  }
  return { status, detail, pyTimes, pysTimes };
}

async function startup(py, pys, reps, timeoutS) {
  const pyT = [];
  const pysT = [];
  let pysErr = null;
  let pyErr = null;
  for (let i = 0; i < reps; i++) {
    const order = i % 2 === 0 ? ['py', 'pys'] : ['pys', 'py'];
    for (const who of order) {
      if (who === 'py' && !pyErr) {
        const r = await runOnce(py.cmd, [...py.args, '-c', 'pass'], timeoutS);
        if (ok(r)) pyT.push(r.seconds);
        else pyErr = failReason(r, timeoutS);
      } else if (who === 'pys' && !pysErr) {
        const r = await runOnce(pys.cmd, [...pys.args, '-c', 'pass'], timeoutS);
        if (ok(r)) pysT.push(r.seconds);
        else pysErr = failReason(r, timeoutS);
      }
    }
    if (pysErr && pyErr) break;
  }
  const python = pyErr ? null : Math.min(...pyT);
  const p = pysErr ? null : Math.min(...pysT);
  return {
    python_s: python,
    pys_s: p,
    ratio: python && p ? p / python : null,
    status: pyErr ? 'PYTHON FAILED' : pysErr ? 'FAILED' : 'ok',
    detail: pyErr || pysErr || '',
    python_times: pyT,
    pys_times: pysT,
  };
}

// ---------------------------------------------------------------- output

const W = { name: 18, t: 10, r: 8 };
const fmtS = (s) => (s == null ? '-' : s.toFixed(3));
const fmtR = (r) => (r == null ? '-' : r >= 100 ? r.toFixed(0) : r >= 10 ? r.toFixed(1) : r.toFixed(2));

function row(name, py, pys, ratio, status) {
  return `${name.padEnd(W.name)} ${py.padStart(W.t)} ${pys.padStart(W.t)} ${ratio.padStart(W.r)}  ${status}`;
}

function clip(s, n) {
  return s.length > n ? s.slice(0, n - 3) + '...' : s;
}

// ---------------------------------------------------------------- main

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const groups = discover(opts);
  if (opts.list) {
    for (const g of groups) for (const b of g.benches) console.log(`${g.group}/${b.name}\t${b.arg}`);
    return 0;
  }
  if (!groups.length) fail('no benchmarks found');

  // the real CPython binary, resolved once (python3 may be a slow shim)
  let py;
  try {
    const [exe, ver] = execFileSync(splitCommand(opts.python)[0],
      [...splitCommand(opts.python).slice(1), '-c', 'import sys; print(sys.executable); print(sys.version.split()[0])'],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim().split('\n');
    py = { cmd: exe, args: [], version: ver, label: `${exe} (Python ${ver})` };
  } catch (e) {
    fail(`cannot run ${opts.python} to find CPython: ${e.message.split('\n')[0]}`);
  }

  let pys;
  if (opts.pys) {
    const parts = splitCommand(opts.pys);
    if (!parts.length) fail('--pys is empty');
    pys = { cmd: parts[0], args: parts.slice(1), label: opts.pys };
  } else {
    const script = path.join(ROOT, 'bin', 'pys.js');
    pys = { cmd: process.execPath, args: [script], label: `${process.execPath} ${path.relative(ROOT, script)}` };
    if (!fs.existsSync(path.join(ROOT, 'dist', 'pys.js'))) {
      console.log('note: dist/pys.js does not exist (npm run build?); pys runs will fail');
    }
  }

  const cpus = os.cpus();
  console.log(`python3: ${py.label}`);
  console.log(`pys:     ${pys.label}`);
  console.log(`reps:    ${opts.reps} (minimum wall time of each; runs alternate)  ` +
    `machine: ${cpus.length} x ${cpus[0] ? cpus[0].model.trim() : '?'}, load ${os.loadavg()[0].toFixed(2)}`);

  const results = [];
  const allRatios = [];
  let anyBad = false;
  for (const g of groups) {
    console.log('');
    console.log(row(g.group, 'python3 s', 'pys s', 'pys/py', 'status'));
    console.log('-'.repeat(W.name + W.t * 2 + W.r + 3 + 2 + 30));
    const gres = { group: g.group, dir: path.relative(ROOT, g.dir) || '.', benchmarks: [], geomean: null };
    const ratios = [];
    for (const b of g.benches) {
      const r = await runBenchmark(b, py, pys, opts);
      const pyS = r.pyTimes.length ? Math.min(...r.pyTimes) : null;
      const pysS = r.pysTimes.length ? Math.min(...r.pysTimes) : null;
      const ratio = pyS && pysS ? pysS / pyS : null;
      if (r.status === 'ok') {
        ratios.push(ratio);
      } else {
        anyBad = true;
      }
      const statusText = r.detail ? `${r.status}: ${clip(r.detail, 100)}` : r.status;
      console.log(row(b.name, fmtS(pyS), fmtS(pysS), fmtR(ratio), statusText));
      gres.benchmarks.push({
        name: b.name, file: b.arg, python_s: pyS, pys_s: pysS, ratio,
        status: r.status, detail: r.detail, python_times: r.pyTimes, pys_times: r.pysTimes,
      });
    }
    gres.geomean = geomean(ratios);
    gres.passed = ratios.length;
    gres.total = g.benches.length;
    allRatios.push(...ratios);
    console.log(row(`geomean (${ratios.length}/${g.benches.length})`, '', '', fmtR(gres.geomean),
      ratios.length ? 'over the benchmarks that passed' : 'none passed'));
    results.push(gres);
  }

  const overall = geomean(allRatios);
  if (groups.length > 1) {
    const total = groups.reduce((s, g) => s + g.benches.length, 0);
    console.log('');
    console.log(row(`all (${allRatios.length}/${total})`, '', '', fmtR(overall), 'geometric mean of pys/python3'));
  }

  let st = null;
  if (opts.startup) {
    st = await startup(py, pys, opts.startupReps, opts.timeout);
    console.log('');
    console.log(row(`startup (-c pass)`, fmtS(st.python_s), fmtS(st.pys_s), fmtR(st.ratio),
      st.detail ? `${st.status}: ${clip(st.detail, 100)}` : `${st.status}, min of ${opts.startupReps}`));
  }

  if (opts.json) {
    const data = {
      date: new Date().toISOString(),
      machine: { cpus: cpus.length, model: cpus[0] ? cpus[0].model.trim() : null, loadavg: os.loadavg(), platform: `${os.platform()} ${os.release()}` },
      node: process.version,
      python: { executable: py.cmd, version: py.version },
      pys: pys.label,
      reps: opts.reps,
      groups: results,
      geomean: overall,
      passed: allRatios.length,
      total: groups.reduce((s, g) => s + g.benches.length, 0),
      startup: st,
    };
    fs.writeFileSync(opts.json, JSON.stringify(data, null, 2) + '\n');
    console.log(`\nresults saved to ${opts.json}`);
  }
  return opts.strict && (anyBad || (st && st.status !== 'ok')) ? 1 : 0;
}

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    if (currentChild) killTree(currentChild);
    process.exit(130);
  });
}

main().then((code) => { process.exitCode = code; }, (e) => {
  console.error(`bench: internal error: ${e && e.stack ? e.stack : e}`);
  process.exitCode = 2;
});
