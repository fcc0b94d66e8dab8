// Native fast paths under os.path and os.walk. The path functions are
// written in Python in posixpath/genericpath (as CPython's are); those
// modules wrap each in a builtin that answers the common call (str
// arguments, passed positionally, the os functions they use not replaced)
// in TypeScript and hands every other call to the Python function itself,
// so that results, errors and tracebacks are the Python version's. Walking
// a tree calls them once per file, and a Python call costs many times a
// native one until the interpreter has warmed up to it.

import { T, None, serial, type Py } from '../src/objects/base';
import { PyBuiltin, Sig } from '../src/objects/builtinfunc';
import { PyFunction } from '../src/objects/function';
import { PyModule } from '../src/objects/module';
import { PyTuple } from '../src/objects/tuple';
import { PyList } from '../src/objects/list';
import { PyBaseException } from '../src/objects/exceptions';
import { getattr } from '../src/objects/attrs';
import { strValue } from '../src/objects/strutil';
import { TypeError } from '../src/objects/raise';
import { truthy } from '../src/objects/protocol';
import { callV } from '../src/vm/call';
import { current } from '../src/vm/thread';
import * as host from '../src/host/os';
import { fsHost } from '../src/builtins/fsname';
import { ScandirIter } from './posix_types';

/** What a quick implementation returns for a call it leaves to Python. */
const FALLBACK = Symbol('fallback');
type Quick = (args: Py[], fb: PyFunction) => Py | typeof FALLBACK;

/** A builtin standing for a Python function: QUICK[name] answers what it can. */
class FastPath extends PyBuiltin {
  constructor(name: string, private fallback: PyFunction, module: string | null, doc: string | null) {
    // the signature is the Python function's, for introspection only: calls
    // never reach the argument binder (the VM's shortcuts call impl)
    super(name, signatureOf(fallback), null as any, { module, doc });
  }
  override call(args: Py[], kwnames: string[] | null): Py {
    if (kwnames === null) {
      const r = QUICK[this.name](args, this.fallback);
      if (r !== FALLBACK) return r;
    }
    return callV(current, this.fallback, args, kwnames);
  }
}

// impl (what the VM's call shortcuts invoke) and the parsed signature are
// made per object on first use and kept outside it: every field of a
// FastPath is plain data, so a paused interpreter serializes (Rule 1)
const impls = new WeakMap<FastPath, (...a: Py[]) => Py>();
const sigs = new WeakMap<FastPath, Sig>();
Object.defineProperty(FastPath.prototype, 'impl', {
  get(this: FastPath) {
    let f = impls.get(this);
    if (f === undefined) impls.set(this, (f = (...a: Py[]) => this.call(a, null)));
    return f;
  },
  set() {
    // the base constructor's assignment: impl is made on demand
  },
});
Object.defineProperty(FastPath.prototype, 'sig', {
  get(this: FastPath) {
    let s = sigs.get(this);
    if (s === undefined) sigs.set(this, (s = new Sig((this as any).sigData as string)));
    return s;
  },
  set(this: FastPath, s: Sig) {
    sigs.set(this, s);
  },
});

serial(FastPath);

/** The parameter list of a function whose parameters have no defaults. */
function signatureOf(fn: PyFunction): string {
  const c = fn.code;
  const names = c.varnames.slice(0, c.argcount);
  if (c.flags & 4) names.push(`*${c.varnames[c.argcount + c.kwonlyargcount]}`);
  return names.join(', ');
}

let posixFns: { stat: Py; lstat: Py } | null = null;

/** Remembers the posix builtins the fast paths stand in for. */
export function setPosixFunctions(stat: Py, lstat: Py): void {
  posixFns = { stat, lstat };
}

/** Is os.<name>, as the Python version would call it, still posix's own? */
function osIntact(fb: PyFunction, name: 'stat' | 'lstat'): boolean {
  const os = fb.globals.getS('os');
  return os instanceof PyModule && posixFns !== null && os.dict.getS(name) === posixFns[name];
}

/** A plain str path the OS can take as it is (else the Python version decides). */
function plainPath(x: Py): string | null {
  return typeof x === 'string' && x.length > 0 && !x.includes('\0') ? x : null;
}

const S_IFMT = 0o170000, S_IFDIR = 0o040000, S_IFREG = 0o100000, S_IFLNK = 0o120000;

/** The mode of what p names (following links or not), or -1 if it cannot be stat'ed. */
function modeOf(p: string, follow: boolean): number {
  try {
    return host.statMode(fsHost(p), follow);
  } catch {
    return -1;
  }
}

const QUICK: Record<string, Quick> = {
  join(args) {
    if (args.length === 0 || typeof args[0] !== 'string') return FALLBACK;
    let out = args[0] as string;
    for (let i = 1; i < args.length; i++) {
      const piece = args[i];
      if (typeof piece !== 'string') return FALLBACK;
      if (piece.charCodeAt(0) === 47) out = piece;
      else if (out === '' || out.charCodeAt(out.length - 1) === 47) out += piece;
      else out = `${out}/${piece}`;
    }
    return args.length === 1 ? args[0] : out;
  },
  split(args) {
    const p = args[0];
    if (args.length !== 1 || typeof p !== 'string') return FALLBACK;
    return new PyTuple(splitPath(p));
  },
  basename(args) {
    const p = args[0];
    if (args.length !== 1 || typeof p !== 'string') return FALLBACK;
    return p.slice(p.lastIndexOf('/') + 1);
  },
  dirname(args) {
    const p = args[0];
    if (args.length !== 1 || typeof p !== 'string') return FALLBACK;
    return splitPath(p)[0];
  },
  splitext(args) {
    const p = args[0];
    if (args.length !== 1 || typeof p !== 'string') return FALLBACK;
    const start = p.lastIndexOf('/') + 1;
    const dot = p.lastIndexOf('.');
    if (dot < start) return new PyTuple([p, '']);
    // leading dots of the last component do not start an extension
    for (let i = start; i < dot; i++) if (p.charCodeAt(i) !== 46) return new PyTuple([p.slice(0, dot), p.slice(dot)]);
    return new PyTuple([p, '']);
  },
  islink(args, fb) {
    const p = plainPath(args[0]);
    if (args.length !== 1 || p === null || !osIntact(fb, 'lstat')) return FALLBACK;
    return (modeOf(p, false) & S_IFMT) === S_IFLNK;
  },
  lexists(args, fb) {
    const p = plainPath(args[0]);
    if (args.length !== 1 || p === null || !osIntact(fb, 'lstat')) return FALLBACK;
    return modeOf(p, false) >= 0;
  },
  exists(args, fb) {
    const p = plainPath(args[0]);
    if (args.length !== 1 || p === null || !osIntact(fb, 'stat')) return FALLBACK;
    return modeOf(p, true) >= 0;
  },
  isfile(args, fb) {
    const p = plainPath(args[0]);
    if (args.length !== 1 || p === null || !osIntact(fb, 'stat')) return FALLBACK;
    const m = modeOf(p, true);
    return m >= 0 && (m & S_IFMT) === S_IFREG;
  },
  isdir(args, fb) {
    const p = plainPath(args[0]);
    if (args.length !== 1 || p === null || !osIntact(fb, 'stat')) return FALLBACK;
    const m = modeOf(p, true);
    return m >= 0 && (m & S_IFMT) === S_IFDIR;
  },
  getsize(args, fb) {
    const p = plainPath(args[0]);
    if (args.length !== 1 || p === null || !osIntact(fb, 'stat')) return FALLBACK;
    try {
      return host.statSize(fsHost(p));
    } catch {
      // the Python version raises the error, from its own frame
      return FALLBACK;
    }
  },
};

/** posixpath.split for a str: (head, tail), head without trailing slashes
 * unless it is nothing but slashes. */
function splitPath(p: string): [string, string] {
  const cut = p.lastIndexOf('/') + 1;
  let head = p.slice(0, cut);
  const tail = p.slice(cut);
  let end = head.length;
  while (end > 0 && head.charCodeAt(end - 1) === 47) end--;
  if (end > 0) head = head.slice(0, end);
  return [head, tail];
}

/** posix._fastpath(fn): fn with a native fast path, if there is one for its name. */
export function fastpath(fn: Py): Py {
  if (!(fn instanceof PyFunction)) throw TypeError('_fastpath() needs a function');
  const name = strValue(getattr(fn, '__name__'))!;
  if (!Object.hasOwn(QUICK, name)) return fn;
  const doc = strValue(getattr(fn, '__doc__'));
  const module = strValue(getattr(fn, '__module__'));
  return new FastPath(name, fn, module, doc);
}

function isOSError(e: unknown): boolean {
  return e instanceof PyBaseException && e.cls.isSubtype(T.OSError);
}

/** posix._walk_split(listing, topdown, followlinks): os.walk's handling of
 * one directory, for a native scandir iterator: reads it to the end and
 * closes it; returns (dirs, files, descend) -- descend (bottom-up only) is
 * the paths of the subdirectories to enter -- or None for another kind of
 * iterator (os.scandir replaced), which walk then reads itself. Errors of
 * the listing propagate (walk gives them to onerror); entries that cannot
 * be stat'ed count as files, and as links not to follow. */
export function walkSplit(listing: Py, topdown: Py, followlinks: Py): Py {
  if (!(listing instanceof ScandirIter)) return None;
  const dirs: Py[] = [], files: Py[] = [], descend: Py[] = [];
  const bottomUp = !truthy(topdown);
  const follow = truthy(followlinks);
  // a str listing by path (walk's usual case) needs no DirEntry for an
  // entry whose d_type answers is_dir() and is_symlink(): no stat either way
  const plain = !listing.bytes && listing.hostDir === null && typeof listing.base === 'string';
  const base = listing.base as string;
  try {
    for (;;) {
      const k = listing.advance();
      if (k < 0) break;
      if (plain) {
        const t = listing.stream.types[k];
        if (t === host.DT_FILE || t === host.DT_OTHER) {
          files.push(listing.strName(k));
          continue;
        }
        if (t === host.DT_DIR) {
          const name = listing.strName(k);
          dirs.push(name);
          if (bottomUp) descend.push(base === '' ? name : base.charCodeAt(base.length - 1) === 47 ? base + name : `${base}/${name}`);
          continue;
        }
      }
      const entry = listing.entry(k);
      let isDir: boolean;
      try {
        isDir = entry.test(S_IFDIR, true);
      } catch (err) {
        if (!isOSError(err)) throw err;
        isDir = false;
      }
      if (!isDir) {
        files.push(entry.name);
        continue;
      }
      dirs.push(entry.name);
      if (bottomUp) {
        let enter: boolean;
        try {
          enter = follow || !entry.isSymlink();
        } catch (err) {
          if (!isOSError(err)) throw err;
          enter = false;
        }
        if (enter) descend.push(entry.path);
      }
    }
  } finally {
    host.closedir(listing.stream);
  }
  return new PyTuple([new PyList(dirs), new PyList(files), bottomUp ? new PyList(descend) : None]);
}
