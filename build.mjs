// Bundles the interpreter into dist/ with esbuild: one CommonJS file per entry
// point, because loading one bundle is the cheapest start-up Node offers.
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const watch = process.argv.includes('--watch');
// `--outdir dist-NAME` builds a private copy (run it with PYS_DIST=dist-NAME),
// so that several people can build and test in one tree at once.
const oi = process.argv.indexOf('--outdir');
const outdir = oi > 0 ? process.argv[oi + 1] : 'dist';
mkdirSync(outdir, { recursive: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  logLevel: 'warning',
  legalComments: 'none',
  // non-ASCII characters escaped (esbuild's default, relied on): bin/pys.js
  // reads the bundle as latin1, which makes a one-byte string without decoding
  charset: 'ascii',
  // smaller bundle, faster to read and load; names are kept (serialization
  // registers classes by name, and profiles stay readable)
  minifyWhitespace: true,
  minifySyntax: true,
  // ESM dependencies (yargs) read import.meta.url, which a CJS bundle lacks
  define: {
    'import.meta.url': '__pysImportMetaUrl',
    // identifies this build's compiler in the compile cache
    __PYS_BUILD__: JSON.stringify(Date.now().toString(36) + Math.random().toString(36).slice(2, 8)),
  },
  banner: { js: "const __pysImportMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

const entries = [
  { entryPoints: ['src/cli/main.ts'], outfile: `${outdir}/pys.js` },
  { entryPoints: ['src/index.ts'], outfile: `${outdir}/index.js` },
];

if (process.argv.includes('--diagrams')) {
  await esbuild.build({ ...common, entryPoints: ['grammar/diagrams.ts'], outfile: 'dist/diagrams.js' });
  await import('../dist/diagrams.js'.replace('../', './'));
} else if (watch) {
  for (const e of entries) (await esbuild.context({ ...common, ...e })).watch();
} else {
  await Promise.all(entries.map((e) => esbuild.build({ ...common, ...e })));
  // bin/pys.js keeps V8's code cache per bundle version: drop the old ones
  for (const f of readdirSync(outdir)) if (/^pys\.js\..*cache$/.test(f)) rmSync(`${outdir}/${f}`, { force: true });
  // The first run writes the code cache with the functions it compiled; a
  // bare start-up makes the smallest one, fastest to load on every start.
  // A cache written after a typical script's start (import os, a walk, a
  // file read; twice the size) made `import os` ~3 ms faster but `pys -c
  // pass` ~3 ms slower, and start-up is held to 2.5x CPython's. Later
  // functions compile lazily.
  execFileSync(process.execPath, ['bin/pys.js', '-c', 'pass'], { env: { ...process.env, PYS_DIST: outdir }, stdio: 'inherit', cwd: fileURLToPath(new URL('.', import.meta.url)) });
}
