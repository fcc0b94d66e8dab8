#!/usr/bin/env node
// The pys command: runs the interpreter in this very process (no child), so
// `node bin/pys.js prog.py` is the interpreter's command line.
// PYS_DIST selects a private build directory (see build.mjs --outdir).
//
// The bundle is loaded through vm.Script with V8's code cache (kept next to
// it as pys.js.SIZE-MTIME.cache, written when missing or rejected): compiling the 1 MB
// bundle from scratch is the largest part of start-up.
'use strict';
// A larger young generation: Python programs allocate many short-lived
// objects (frames, floats, tuples), and fewer scavenges measured ~8-10%
// faster on the allocation-heavy benchmarks. Set a little after start:
// loading node:v8 (and the streams it pulls in) costs ~3 ms, which a short
// run should not pay; the young generation grows later in any case.
// The flag is part of the hash V8 stamps on code caches: caches written at
// exit under it (this bundle's, the compiled modules') would be refused by
// the next start, so it is put back first thing at exit.
let semiSpaceSet = false;
setTimeout(() => {
  require('v8').setFlagsFromString('--max-semi-space-size=32');
  semiSpaceSet = true;
}, 25).unref();
process.once('exit', () => {
  if (semiSpaceSet) require('v8').setFlagsFromString('--max-semi-space-size=0');
});
const path = require('path');
const fs = require('fs');
const vm = require('vm');
const Module = require('module');

const dist = process.env.PYS_DIST ? path.resolve(__dirname, '..', process.env.PYS_DIST) : path.join(__dirname, '..', 'dist');
const file = path.join(dist, 'pys.js');
// V8 accepts cached data for any source of the same length, so the cache is
// named after the bundle's size and mtime: a rebuild never runs stale code
let cacheFile;
try {
  const st = fs.statSync(file);
  cacheFile = `${file}.${st.size}-${Math.floor(st.mtimeMs)}.cache`;
} catch {
  cacheFile = file + '.cache';
}

let cached;
try {
  cached = fs.readFileSync(cacheFile);
} catch {
  cached = undefined;
}
// ASCII (build.mjs escapes the rest): latin1 skips UTF-8 decoding
const source = fs.readFileSync(file, 'latin1');
const script = new vm.Script(Module.wrap(source), { filename: file, cachedData: cached });
if (!cached || script.cachedDataRejected) {
  process.once('exit', () => {
    try {
      fs.writeFileSync(cacheFile, script.createCachedData());
    } catch {
      // a read-only install just starts slower
    }
  });
}
const mod = { exports: {} };
script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(file), mod, file, dist);
mod.exports.main(process.argv.slice(2));
