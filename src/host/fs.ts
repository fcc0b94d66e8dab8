// The host's file system, as the core needs it (module loading, source
// lines for tracebacks). The full os/io layer is built on the same calls.

import * as fs from 'node:fs';
import * as path from 'node:path';

export function readText(p: string): string | null {
  try {
    return fs.readFileSync(p, 'utf8');
  } catch {
    return null;
  }
}

// a missing file is the common answer (the import system probes each
// directory of sys.path): Node gives it without making an exception
const NOENT_OK = { throwIfNoEntry: false } as const;

export function isFile(p: string): boolean {
  try {
    return fs.statSync(p, NOENT_OK)?.isFile() ?? false;
  } catch {
    return false;
  }
}

export function isDir(p: string): boolean {
  try {
    return fs.statSync(p, NOENT_OK)?.isDirectory() ?? false;
  } catch {
    return false;
  }
}

export function mtimeMs(p: string): number {
  try {
    return fs.statSync(p).mtimeMs;
  } catch {
    return -1;
  }
}

/** The entries of directory p (none when it cannot be read). */
export function listDir(p: string): string[] {
  try {
    return fs.readdirSync(p);
  } catch {
    return [];
  }
}

/** Writes all of `data` to fd, retrying on EAGAIN (non-blocking pipes). */
export function writeAll(fd: number, data: Uint8Array): void {
  let off = 0;
  while (off < data.length) {
    try {
      off += fs.writeSync(fd, data, off, data.length - off);
    } catch (e: any) {
      if (e.code === 'EAGAIN') {
        sleepSync(1);
        continue;
      }
      throw e;
    }
  }
}

const sab = new Int32Array(new SharedArrayBuffer(4));
/** Blocks the whole process for ms milliseconds (nested VM loops only). */
export function sleepSync(ms: number): void {
  if (ms > 0) Atomics.wait(sab, 0, 0, ms);
}

export const pathJoin = path.join;
export const pathDirname = path.dirname;
export const pathResolve = path.resolve;
export const pathBasename = path.basename;

/** The package root (the directory holding stdlib/ and bin/), found by
 * walking up from the running bundle (dist/, or a test bundle). */
export function packageRoot(from: string): string {
  let d = from;
  for (let i = 0; i < 8; i++) {
    if (isDir(path.join(d, 'stdlib')) && isFile(path.join(d, 'bin', 'pys.js'))) return d;
    const up = path.dirname(d);
    if (up === d) break;
    d = up;
  }
  return path.resolve(from, '..');
}

/** An error as Node's fs calls throw them: errno name in `code`, which the
 * os layer maps to CPython's OSError subclass. */
export function sysErr(code: string, syscall: string): Error {
  return Object.assign(new Error(`${code}: ${syscall}`), { code, syscall });
}
