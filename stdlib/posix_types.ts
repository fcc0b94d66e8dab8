// The result types of the posix module: stat_result, uname_result,
// times_result, terminal_size (tuples with named fields, "struct sequences"),
// and scandir's DirEntry and ScandirIterator.
// https://docs.python.org/3.11/library/os.html#os.stat_result

import { T, None, STOP, PyObject, type Py, serial } from '../src/objects/base';
import { PyTuple } from '../src/objects/tuple';
import { PyFloat } from '../src/objects/float';
import { PyBytes } from '../src/objects/bytesutil';
import { PyDict } from '../src/objects/dict';
import { builtinType, type PyType } from '../src/objects/type';
import { getsets, staticMethods, attrs, methods, classMethods } from '../src/objects/typesetup';
import { repr } from '../src/objects/protocol';
import { TypeError, AttributeError, StopIteration } from '../src/objects/raise';
import { iterToArray, NativeIter, returnSelf } from '../src/objects/iter';
import { typeName } from '../src/objects/typeof';
import { norm } from '../src/objects/intutil';
import { PyGenericAlias } from '../src/objects/misc';
import { osError } from '../src/builtins/oserror';
import * as host from '../src/host/os';

import { fsDecode, fsHost } from '../src/builtins/fsname';

// ---- struct sequences ---------------------------------------------------------------------

/** A tuple of `nSeq` visible items whose other fields live in `extra`. */
export class StructSeq extends PyTuple {
  extra: Py[] = [];
}

/** Declares a struct-sequence type: the first nSeq names index the tuple, the rest are extra. */
export function structSeq(qual: string, fields: string[], nSeq: number, doc: string, defaults?: (items: Py[]) => Py[]): PyType {
  const dot = qual.lastIndexOf('.');
  const t = builtinType(qual.slice(dot + 1), T.tuple, undefined, { module: qual.slice(0, dot) });
  t.hasDict = false;
  const ro: Record<string, [(o: Py) => Py, (o: Py, v: Py) => void]> = {};
  fields.forEach((f, i) => {
    ro[f] = [(o: StructSeq) => (i < nSeq ? o.items[i] : o.extra?.[i - nSeq] ?? None), () => {
      throw AttributeError('readonly attribute');
    }];
  });
  getsets(t, ro);
  methods(t, {
    __repr__: ['self, /', (o: StructSeq) => `${qual}(${fields.slice(0, nSeq).map((f, i) => `${f}=${repr(o.items[i])}`).join(', ')})`],
    __reduce__: ['self, /', (o: StructSeq) => {
      const d = new PyDict();
      fields.slice(nSeq).forEach((f, i) => d.setS(f, o.extra[i] ?? None));
      return new PyTuple([t, new PyTuple([new PyTuple(o.items), d])]);
    }],
  });
  staticMethods(t, {
    __new__: ['cls, sequence, dict=None', (cls: PyType, seq: Py, dict: Py) => {
      const items = iterToArray(seq);
      const n = items.length, max = fields.length;
      if (n < nSeq) throw TypeError(`${qual}() takes an at least ${nSeq}-sequence (${n}-sequence given)`);
      if (n > max) throw TypeError(`${qual}() takes an at most ${max}-sequence (${n}-sequence given)`);
      const r = new StructSeq(items.slice(0, nSeq), cls);
      const extra = items.slice(nSeq);
      const dflt = defaults ? defaults(items) : [];
      for (let i = extra.length; i < max - nSeq; i++) {
        const k = fields[nSeq + i];
        const fromDict = dict instanceof PyDict ? dict.getS(k) : undefined;
        extra.push(fromDict ?? dflt[i] ?? None);
      }
      r.extra = extra;
      return r;
    }],
  });
  attrs(t, { n_fields: fields.length, n_sequence_fields: nSeq, n_unnamed_fields: 0, __doc__: doc, __match_args__: new PyTuple(fields.slice(0, nSeq)) });
  t.tpName = qual;
  return t;
}

export function makeSeq(t: PyType, items: Py[], extra: Py[] = []): StructSeq {
  const r = new StructSeq(items, t);
  r.extra = extra;
  return r;
}

// ---- stat_result --------------------------------------------------------------------------

const STAT_FIELDS = ['st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size', 'st_atime', 'st_mtime', 'st_ctime',
  'st_atime', 'st_mtime', 'st_ctime', 'st_atime_ns', 'st_mtime_ns', 'st_ctime_ns', 'st_blksize', 'st_blocks', 'st_rdev'];

export let statResult: PyType;

function setupStatResult(): PyType {
  // fields 7..9 are the integer seconds (by index only); 10..12 are the float
  // attributes of the same names, as in CPython's stat_result
  const t = structSeq('os.stat_result', STAT_FIELDS, 10,
    'stat_result: Result from stat, fstat, or lstat.\n\nThis object may be accessed either as a tuple of\n  (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)\nor via the attributes st_mode, st_ino, st_dev, st_nlink, st_uid, and so on.\n\nPosix/windows: If your platform supports st_blksize, st_blocks, st_rdev,\nor st_flags, they are available as attributes only.\n\nSee os.stat for more information.',
    (items) => [items[7], items[8], items[9]]);
  const named: Record<string, [(o: Py) => Py, (o: Py, v: Py) => void]> = {};
  const ro = (): void => {
    throw AttributeError('readonly attribute');
  };
  STAT_FIELDS.forEach((f, i) => {
    if (i >= 7 && i < 10) return;
    named[f] = [(o: StructSeq) => (i < 10 ? o.items[i] : o.extra[i - 10] ?? None), ro];
  });
  getsets(t, named);
  attrs(t, { n_unnamed_fields: 3 });
  return t;
}

/** Floor division of nanoseconds into whole seconds (struct timespec's tv_sec). */
function wholeSeconds(ns: bigint): bigint {
  const q = ns / 1000000000n;
  return ns < 0n && q * 1000000000n !== ns ? q - 1n : q;
}

/** tv_sec + tv_nsec * 1e-9, computed as CPython does. */
function seconds(ns: bigint): PyFloat {
  const sec = wholeSeconds(ns);
  return new PyFloat(Number(sec) + Number(ns - sec * 1000000000n) * 1e-9);
}

/** A stat_result for one host stat record. */
export function statResultOf(s: host.StatRec): StructSeq {
  const sec = (ns: bigint) => norm(wholeSeconds(ns));
  return makeSeq(statResult, [s.mode, s.ino, s.dev, s.nlink, s.uid, s.gid, s.size, sec(s.atimeNs), sec(s.mtimeNs), sec(s.ctimeNs)],
    [seconds(s.atimeNs), seconds(s.mtimeNs), seconds(s.ctimeNs), norm(s.atimeNs), norm(s.mtimeNs), norm(s.ctimeNs), s.blksize, s.blocks, s.rdev]);
}

// ---- scandir ------------------------------------------------------------------------------

const S_IFMT = 0o170000, S_IFDIR = 0o040000, S_IFREG = 0o100000, S_IFLNK = 0o120000;

export class DirEntry extends PyObject {
  statCache: StructSeq | null = null;
  lstatCache: StructSeq | null = null;
  /** `type` is the DT_* of the entry; `host`, the path as the OS takes
   * it, is made when a stat first needs it */
  constructor(cls: PyType, public name: Py, public path: Py, public type: number, private host: host.HostPath | null = null) {
    super(cls);
  }
  get hostPath(): host.HostPath {
    if (this.host === null) {
      const p = this.path;
      this.host = p instanceof PyBytes ? Buffer.from(p.v) : fsHost(p as string);
    }
    return this.host;
  }
  lstat(): StructSeq {
    if (!this.lstatCache) {
      try {
        this.lstatCache = statResultOf(host.stat(this.hostPath, false));
      } catch (e) {
        throw osError(e, this.path);
      }
    }
    return this.lstatCache;
  }
  stat(follow: boolean): StructSeq {
    if (!follow || !this.isSymlink()) return this.lstat();
    if (!this.statCache) {
      try {
        this.statCache = statResultOf(host.stat(this.hostPath, true));
      } catch (e) {
        throw osError(e, this.path);
      }
    }
    return this.statCache;
  }
  isSymlink(): boolean {
    if (this.type !== host.DT_UNKNOWN) return this.type === host.DT_LINK;
    return ((this.lstat().items[0] as number) & S_IFMT) === S_IFLNK;
  }
  /** is_dir/is_file: from d_type when it says, else from (l)stat; a missing target is False. */
  test(fmt: number, follow: boolean): boolean {
    const t = this.type;
    if (t !== host.DT_UNKNOWN && !(follow && t === host.DT_LINK)) return t === (fmt === S_IFDIR ? host.DT_DIR : host.DT_FILE);
    try {
      return ((this.stat(follow).items[0] as number) & S_IFMT) === fmt;
    } catch (e: any) {
      if (e?.dict?.getS?.('errno') === 2) return false;
      throw e;
    }
  }
}

export class ScandirIter extends NativeIter {
  /** for a directory given as a descriptor: where its entries are reached */
  hostDir: string | null = null;
  constructor(cls: PyType, public stream: host.DirStream, public base: Py, public bytes: boolean, public entryType: PyType) {
    super(cls);
  }
  next(): Py {
    const k = this.advance();
    return k < 0 ? STOP : this.entry(k);
  }
  /** The index in the stream's batch of the next entry, -1 at the end. */
  advance(): number {
    const s = this.stream;
    try {
      return host.readdirEntry(s);
    } catch (e) {
      host.closedir(s);
      throw osError(e, this.base);
    }
  }
  /** The name of entry k of the current batch, for a str listing. */
  strName(k: number): string {
    const raw = this.stream.names[k];
    return typeof raw === 'string' ? raw : fsDecode(new Uint8Array(raw));
  }
  /** The DirEntry for entry k of the current batch. */
  entry(k: number): DirEntry {
    const s = this.stream;
    const raw = s.names[k];
    let name: Py, path: Py;
    if (this.bytes) {
      const b = (this.base as PyBytes).v, r = raw as Buffer;
      name = new PyBytes(new Uint8Array(r));
      const sep = b.length && b[b.length - 1] !== 47 ? 1 : 0;
      const all = new Uint8Array(b.length + sep + r.length);
      all.set(b);
      if (sep) all[b.length] = 47;
      all.set(r, b.length + sep);
      path = new PyBytes(all);
    } else {
      const n = typeof raw === 'string' ? raw : fsDecode(new Uint8Array(raw));
      name = n;
      if (this.hostDir !== null) path = n;
      else {
        const b = this.base as string;
        path = b === '' ? n : b.charCodeAt(b.length - 1) === 47 ? b + n : `${b}/${n}`;
      }
    }
    // entries of a descriptor's directory are reached through /proc
    const hp = this.hostDir !== null ? fsHost(`${this.hostDir}/${name as string}`) : null;
    return new DirEntry(this.entryType, name, path, s.types[k], hp);
  }
}

export let dirEntryType: PyType;
export let scandirType: PyType;

function D(x: Py): DirEntry {
  if (x instanceof DirEntry) return x;
  throw TypeError(`descriptor requires a 'posix.DirEntry' object but received a '${typeName(x)}'`);
}

function setupScandir(): void {
  dirEntryType = builtinType('DirEntry', T.object, undefined, { module: 'posix', final: true });
  dirEntryType.tpName = 'posix.DirEntry';
  const follow = (v: Py) => v === undefined || (v !== false && v !== 0 && v !== None);
  methods(dirEntryType, {
    is_dir: ['self, /, *, follow_symlinks=True', (e: Py, f: Py) => D(e).test(S_IFDIR, follow(f))],
    is_file: ['self, /, *, follow_symlinks=True', (e: Py, f: Py) => D(e).test(S_IFREG, follow(f))],
    is_symlink: ['self, /', (e: Py) => D(e).isSymlink()],
    stat: ['self, /, *, follow_symlinks=True', (e: Py, f: Py) => D(e).stat(follow(f))],
    inode: ['self, /', (e: Py) => D(e).lstat().items[1]],
    __fspath__: ['self, /', (e: Py) => D(e).path],
    __repr__: ['self, /', (e: Py) => `<DirEntry ${repr(D(e).name)}>`],
  });
  classMethods(dirEntryType, {
    __class_getitem__: ['cls, item, /', (cls: Py, item: Py) => new PyGenericAlias(cls, item instanceof PyTuple ? item.items : [item])],
  });
  getsets(dirEntryType, {
    name: [(e: Py) => D(e).name, () => {
      throw AttributeError('readonly attribute');
    }],
    path: [(e: Py) => D(e).path, () => {
      throw AttributeError('readonly attribute');
    }],
  });
  staticMethods(dirEntryType, {
    __new__: ['cls, *args, **kwargs', () => {
      throw TypeError("cannot create 'posix.DirEntry' instances");
    }],
  });

  scandirType = builtinType('ScandirIterator', T.object, undefined, { module: 'posix', final: true });
  scandirType.tpName = 'posix.ScandirIterator';
  const S = (x: Py): ScandirIter => x as ScandirIter;
  methods(scandirType, {
    __iter__: ['self, /', returnSelf],
    __next__: ['self, /', (s: Py) => {
      const v = S(s).next();
      if (v === STOP) throw StopIteration();
      return v;
    }],
    close: ['self, /', (s: Py) => {
      host.closedir(S(s).stream);
      return None;
    }],
    __enter__: ['self, /', (s: Py) => s],
    __exit__: ['self, *args', (s: Py) => {
      host.closedir(S(s).stream);
      return false;
    }],
  });
  staticMethods(scandirType, {
    __new__: ['cls, *args, **kwargs', () => {
      throw TypeError("cannot create 'posix.ScandirIterator' instances");
    }],
  });
}

export let unameResult: PyType;
export let timesResult: PyType;
export let terminalSize: PyType;
export let statvfsResult: PyType;

/** Creates the types once (the posix module's init calls this). */
export function setupTypes(): void {
  if (statResult) return;
  statResult = setupStatResult();
  unameResult = structSeq('posix.uname_result', ['sysname', 'nodename', 'release', 'version', 'machine'], 5,
    'uname_result: Result from os.uname().\n\nThis object may be accessed either as a tuple of\n  (sysname, nodename, release, version, machine),\nor via the attributes sysname, nodename, release, version, and machine.\n\nSee os.uname for more information.');
  timesResult = structSeq('posix.times_result', ['user', 'system', 'children_user', 'children_system', 'elapsed'], 5,
    'times_result: Result from os.times().\n\nThis object may be accessed either as a tuple of\n  (user, system, children_user, children_system, elapsed),\nor via the attributes user, system, children_user, children_system,\nand elapsed.\n\nSee os.times for more information.');
  terminalSize = structSeq('os.terminal_size', ['columns', 'lines'], 2,
    'A tuple of (columns, lines) for holding terminal window size');
  statvfsResult = structSeq('os.statvfs_result', ['f_bsize', 'f_frsize', 'f_blocks', 'f_bfree', 'f_bavail', 'f_files', 'f_ffree',
    'f_favail', 'f_flag', 'f_namemax', 'f_fsid'], 10,
  'statvfs_result: Result from statvfs or fstatvfs.\n\nThis object may be accessed either as a tuple of\n  (bsize, frsize, blocks, bfree, bavail, files, ffree, favail, flag, namemax),\nor via the attributes f_bsize, f_frsize, f_blocks, f_bfree, and so on.\n\nSee os.statvfs for more information.');
  setupScandir();
}

serial(StructSeq, DirEntry, ScandirIter);
