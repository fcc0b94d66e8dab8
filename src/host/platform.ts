// Facts about the machine for the platform, getpass and locale modules:
// uname fields, the login name from the password database, the C library,
// installed locales. Everything is read once and cached (they do not change
// while a process runs).

import * as os from 'node:os';
import { execFileSync } from 'node:child_process';

export interface Uname {
  system: string;
  node: string;
  release: string;
  version: string;
  machine: string;
}

let unameCache: Uname | null = null;

/** The five uname(2) fields, as CPython's os.uname() gives them. */
export function uname(): Uname {
  if (unameCache) return unameCache;
  const safe = (f: () => string) => {
    try {
      return f();
    } catch {
      return '';
    }
  };
  unameCache = {
    system: safe(() => os.type()),
    node: safe(() => os.hostname()),
    release: safe(() => os.release()),
    version: safe(() => os.version()),
    machine: safe(() => os.machine()),
  };
  return unameCache;
}

let processorCache: string | null = null;

/** What `uname -p` prints (CPython's platform.processor() on Linux); '' when unavailable. */
export function processor(): string {
  if (processorCache !== null) return processorCache;
  let out = '';
  try {
    out = execFileSync('uname', ['-p'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 }).trim();
  } catch {
    out = '';
  }
  return (processorCache = out);
}

/** The login name of the process's user from the password database, or null. */
export function passwdName(): string | null {
  try {
    return os.userInfo().username;
  } catch {
    return null;
  }
}

/** The real user id (0 where the platform has none). */
export function userId(): number {
  return process.getuid?.() ?? 0;
}

/** A variable of the process environment. */
export function envVar(name: string): string | undefined {
  return process.env[name];
}

/** ['glibc', '2.36'] when the runtime links glibc, else ['', '']. */
export function libc(): [string, string] {
  try {
    const report = (process as any).report?.getReport?.();
    const v = report?.header?.glibcVersionRuntime;
    if (typeof v === 'string' && v) return ['glibc', v];
  } catch {
    // no report support: unknown C library
  }
  return ['', ''];
}

/** Pointer size in bits of the running platform. */
export function pointerBits(): number {
  return /64/.test(process.arch) ? 64 : 32;
}

/** The host platform name as Node spells it (linux, darwin, win32, ...). */
export function osPlatform(): string {
  return process.platform;
}

let localeCache: Set<string> | null = null;

/** Names the C library accepts in setlocale() (from `locale -a`). */
export function installedLocales(): Set<string> {
  if (localeCache) return localeCache;
  const found = new Set<string>(['C', 'POSIX']);
  try {
    const out = execFileSync('locale', ['-a'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 });
    for (const line of out.split('\n')) if (line.trim()) found.add(line.trim());
  } catch {
    // no locale tool: only the C locales
  }
  return (localeCache = found);
}
