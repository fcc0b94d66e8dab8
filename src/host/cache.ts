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

/** Characters of a long part that the key looks at. */
const SAMPLE = 4096;

/** The cache key of a compilation: two 32-bit string hashes (loading
 * node:crypto for a digest costs more start-up time than it saves). A
 * collision cannot return a wrong unit: entries also store their source,
 * compared in full on reading. So a long part (the source) is hashed by
 * its length and an even sample of its characters: hashing every one ran
 * at interpreter speed (the function is cold at start-up) and cost ~4 ms
 * of `import os`. Two sources of one file that differ only outside the
 * sample share a key: the newer entry replaces the older, as an edit does. */
export function cacheKey(parts: string[]): string {
  let a = 0x811c9dc5, b = 0x9747b28c;
  for (const p of parts) {
    const n = p.length;
    const step = n <= SAMPLE ? 1 : Math.ceil(n / SAMPLE);
    // the last character is always in the sample (a file's tail is often edited)
    for (let i = step === 1 ? 0 : (n - 1) % step; i < n; i += step) {
      const c = p.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
    a = Math.imul(a ^ (n & 0xffff) ^ 0xff0000, 0x01000193);
    b = Math.imul(b ^ (n >>> 16) ^ 0xff0000, 0x5bd1e995);
  }
  const hex = (x: number) => (x >>> 0).toString(16).padStart(8, '0');
  return hex(a) + hex(b);
}

/** Each entry's stamp, unique to one writing of it: the V8 code cache of a
 * unit is kept only for the stamp it was made under. V8 checks cached data
 * against the length of the unit's JS alone, and a key may come to name
 * another source of the same file (see cacheKey), compiled to JS of the same
 * length: without the stamp its old code would be run. key -> stamp of the
 * entry last read. */
const stamps = new Map<string, string>();

/** The entry for key, if it was written for exactly this source. An entry
 * is "<source length> <stamp>\n<source><data>". */
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
  const sp = text.indexOf(' ');
  if (nl < 0 || sp < 0 || sp > nl) return null;
  const n = Number(text.slice(0, sp));
  if (!(n >= 0) || text.length < nl + 1 + n || text.slice(nl + 1, nl + 1 + n) !== source) return null;
  stamps.set(key, text.slice(sp + 1, nl));
  return text.slice(nl + 1 + n);
}

let written = 0;

export function cacheWrite(key: string, source: string, data: string): void {
  const d = cacheDir();
  if (!d) return;
  const file = path.join(d, key + '.json');
  const tmp = `${file}.${process.pid}.tmp`;
  const stamp = `${process.pid.toString(36)}.${Date.now().toString(36)}.${(written++).toString(36)}.${Math.random().toString(36).slice(2, 8)}`;
  try {
    fs.writeFileSync(tmp, `${source.length} ${stamp}\n${source}${data}`);
    fs.renameSync(tmp, file);
  } catch {
    // a full or read-only disk only costs speed
  }
}

/** Units whose V8 code cache is written at exit: file -> [stamp, script]. */
let pendingV8: Map<string, [string, import('node:vm').Script]> | null = null;

const v8Header = (stamp: string): string => `pys-v8 ${stamp}\n`;

/** The maker of a cached unit's functions: through vm.Script with V8's
 * code cache for the unit kept next to its entry (<key>.v8), so that later
 * runs skip parsing and compiling the unit's JS (several ms for a module
 * such as _collections_abc). The cache is written at exit, once the
 * functions the run used were compiled, when there was none, V8 refused it,
 * or it was made for another writing of the entry (its stamp). */
export function unitMaker(key: string): (js: string) => Function {
  return (js) => {
    const vm = require('node:vm') as typeof import('node:vm');
    const d = cacheDir();
    const stamp = stamps.get(key);
    const file = d === null || stamp === undefined ? null : path.join(d, key + '.v8');
    let cached: Buffer | undefined;
    if (file !== null) {
      try {
        const buf = fs.readFileSync(file);
        const head = Buffer.from(v8Header(stamp!));
        cached = buf.length > head.length && buf.subarray(0, head.length).equals(head) ? buf.subarray(head.length) : undefined;
      } catch {
        cached = undefined;
      }
    }
    const script = new vm.Script(`(function (R, K, HS, PS) {${js}\n})`, { filename: `pys-unit-${key}.js`, cachedData: cached });
    if (file !== null && (cached === undefined || script.cachedDataRejected)) {
      if (pendingV8 === null) {
        pendingV8 = new Map();
        probe = flagsProbe(vm);
        process.once('exit', writeV8Caches);
      }
      pendingV8.set(file, [stamp!, script]);
    }
    return script.runInThisContext() as Function;
  };
}

/** The code cache of a fixed probe, made when the first unit was: V8
 * rejects code caches made under other flags (their hash is in the data),
 * and a flag changed while the program ran would make the caches written at
 * exit useless to the next start -- which would then write them again, run
 * after run. bin/pys.js puts back its own young-generation flag before this
 * runs; an embedding host may change flags too. The probe made again at exit
 * differs exactly when the flags did. */
let probe: Buffer | null = null;
const PROBE_SOURCE = '(function () { return 0; })';

function flagsProbe(vm: typeof import('node:vm')): Buffer | null {
  try {
    return new vm.Script(PROBE_SOURCE).createCachedData();
  } catch {
    return null;
  }
}

function flagsChanged(): boolean {
  if (probe === null) return false;
  const now = flagsProbe(require('node:vm') as typeof import('node:vm'));
  return now !== null && !now.equals(probe);
}

function writeV8Caches(): void {
  if (flagsChanged()) {
    pendingV8 = null;
    return;
  }
  for (const [file, [stamp, script]] of pendingV8!) {
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      fs.writeFileSync(tmp, Buffer.concat([Buffer.from(v8Header(stamp)), script.createCachedData()]));
      fs.renameSync(tmp, file);
    } catch {
      // only speed is lost
    }
  }
  pendingV8 = null;
}
