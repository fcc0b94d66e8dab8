// The compile cache's storage: one file per compiled unit, named by a hash
// of the build and the source, under <package>/.pys-cache (or the temp dir
// when the package is read-only). Like CPython's __pycache__, but kept out
// of the user's directories.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
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

/** The cache key of a compilation. */
export function cacheKey(parts: string[]): string {
  const h = createHash('sha1');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex');
}

export function cacheRead(key: string): string | null {
  const d = cacheDir();
  if (!d) return null;
  try {
    return fs.readFileSync(path.join(d, key + '.json'), 'utf8');
  } catch {
    return null;
  }
}

export function cacheWrite(key: string, data: string): void {
  const d = cacheDir();
  if (!d) return;
  const file = path.join(d, key + '.json');
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, file);
  } catch {
    // a full or read-only disk only costs speed
  }
}
