// The compile cache's storage: one file per compiled unit, named by a hash
// of the build and the source, under <package>/.pys-cache (or the temp dir
// when the package is read-only). Like CPython's __pycache__, but kept out
// of the user's directories.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { packageRoot } from './fs';

let dir: string | null | undefined;

function cacheDir(): string | null {
  if (dir !== undefined) return dir;
  if (process.env.PYS_NO_CACHE) return (dir = null);
  const candidates = [process.env.PYS_CACHE_DIR, path.join(packageRoot(__dirname), '.pys-cache'), path.join(os.tmpdir(), `pys-cache-${process.getuid?.() ?? 0}`)];
  for (const c of candidates) {
    if (!c) continue;
    try {
      fs.mkdirSync(c, { recursive: true });
      fs.accessSync(c, fs.constants.W_OK);
      return (dir = c);
    } catch {
      // try the next place
    }
  }
  return (dir = null);
}

/** The cache key of a compilation: two 32-bit string hashes (loading
 * node:crypto for a digest costs more start-up time than it saves). A
 * collision cannot return a wrong unit: entries also store their source. */
export function cacheKey(parts: string[]): string {
  let a = 0x811c9dc5, b = 0x9747b28c;
  for (const p of parts) {
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
    a = Math.imul(a ^ 0xff, 0x01000193);
    b = Math.imul(b ^ 0xff, 0x5bd1e995);
  }
  const hex = (x: number) => (x >>> 0).toString(16).padStart(8, '0');
  return hex(a) + hex(b);
}

/** The entry for key, if it was written for exactly this source. */
export function cacheRead(key: string, source: string): string | null {
  const d = cacheDir();
  if (!d) return null;
  let text: string;
  try {
    text = fs.readFileSync(path.join(d, key + '.json'), 'utf8');
  } catch {
    return null;
  }
  const nl = text.indexOf('\n');
  const n = nl > 0 ? Number(text.slice(0, nl)) : NaN;
  if (!(n >= 0) || text.length < nl + 1 + n || text.slice(nl + 1, nl + 1 + n) !== source) return null;
  return text.slice(nl + 1 + n);
}

export function cacheWrite(key: string, source: string, data: string): void {
  const d = cacheDir();
  if (!d) return;
  const file = path.join(d, key + '.json');
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, `${source.length}\n${source}${data}`);
    fs.renameSync(tmp, file);
  } catch {
    // a full or read-only disk only costs speed
  }
}

/** Units whose V8 code cache is written at exit: key -> script. */
let pendingV8: Map<string, import('node:vm').Script> | null = null;

/** The maker of a cached unit's functions: through vm.Script with V8's
 * code cache for the unit kept next to its entry (<key>.v8), so that later
 * runs skip parsing and compiling the unit's JS (several ms for a module
 * such as _collections_abc). The cache is written at exit, once the
 * functions the run used were compiled, when there was none or V8 refused
 * it. */
export function unitMaker(key: string): (js: string) => Function {
  return (js) => {
    const vm = require('node:vm') as typeof import('node:vm');
    const d = cacheDir();
    const file = d === null ? null : path.join(d, key + '.v8');
    let cached: Buffer | undefined;
    if (file !== null) {
      try {
        cached = fs.readFileSync(file);
      } catch {
        cached = undefined;
      }
    }
    const script = new vm.Script(`(function (R, K, HS, PS) {${js}\n})`, { filename: `pys-unit-${key}.js`, cachedData: cached });
    if (file !== null && (cached === undefined || script.cachedDataRejected)) {
      if (pendingV8 === null) {
        pendingV8 = new Map();
        process.once('exit', writeV8Caches);
      }
      pendingV8.set(file, script);
    }
    return script.runInThisContext() as Function;
  };
}

function writeV8Caches(): void {
  for (const [file, script] of pendingV8!) {
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      fs.writeFileSync(tmp, script.createCachedData());
      fs.renameSync(tmp, file);
    } catch {
      // only speed is lost
    }
  }
  pendingV8 = null;
}
