// stat: constants and tests for the st_mode of os.stat() results (Linux
// values; the BSD and Windows flag constants are there too, as in CPython).
// https://docs.python.org/3.11/library/stat.html

import { PyFloat } from '../src/objects/float';
import { PyModule } from '../src/objects/module';
import { TypeError, OverflowError } from '../src/objects/raise';
import { intValue } from '../src/objects/intutil';
import type { Py } from '../src/objects/base';
import { makeModule, type FnTable } from '../src/vm/nativemod';

const C: Record<string, number> = {
  ST_MODE: 0, ST_INO: 1, ST_DEV: 2, ST_NLINK: 3, ST_UID: 4, ST_GID: 5, ST_SIZE: 6, ST_ATIME: 7, ST_MTIME: 8, ST_CTIME: 9,
  S_IFMT_: 0o170000, S_IFDIR: 0o040000, S_IFCHR: 0o020000, S_IFBLK: 0o060000, S_IFREG: 0o100000, S_IFIFO: 0o010000,
  S_IFLNK: 0o120000, S_IFSOCK: 0o140000, S_IFDOOR: 0, S_IFPORT: 0, S_IFWHT: 0,
  S_ISUID: 0o4000, S_ISGID: 0o2000, S_ENFMT: 0o2000, S_ISVTX: 0o1000, S_IREAD: 0o400, S_IWRITE: 0o200, S_IEXEC: 0o100,
  S_IRWXU: 0o700, S_IRUSR: 0o400, S_IWUSR: 0o200, S_IXUSR: 0o100, S_IRWXG: 0o070, S_IRGRP: 0o040, S_IWGRP: 0o020,
  S_IXGRP: 0o010, S_IRWXO: 0o007, S_IROTH: 0o004, S_IWOTH: 0o002, S_IXOTH: 0o001,
  UF_NODUMP: 1, UF_IMMUTABLE: 2, UF_APPEND: 4, UF_OPAQUE: 8, UF_NOUNLINK: 16, UF_COMPRESSED: 32, UF_HIDDEN: 0x8000,
  SF_ARCHIVED: 0x10000, SF_IMMUTABLE: 0x20000, SF_APPEND: 0x40000, SF_NOUNLINK: 0x100000, SF_SNAPSHOT: 0x200000,
  FILE_ATTRIBUTE_READONLY: 1, FILE_ATTRIBUTE_HIDDEN: 2, FILE_ATTRIBUTE_SYSTEM: 4, FILE_ATTRIBUTE_DIRECTORY: 16,
  FILE_ATTRIBUTE_ARCHIVE: 32, FILE_ATTRIBUTE_DEVICE: 64, FILE_ATTRIBUTE_NORMAL: 128, FILE_ATTRIBUTE_TEMPORARY: 256,
  FILE_ATTRIBUTE_SPARSE_FILE: 512, FILE_ATTRIBUTE_REPARSE_POINT: 1024, FILE_ATTRIBUTE_COMPRESSED: 2048,
  FILE_ATTRIBUTE_OFFLINE: 4096, FILE_ATTRIBUTE_NOT_CONTENT_INDEXED: 8192, FILE_ATTRIBUTE_ENCRYPTED: 16384,
  FILE_ATTRIBUTE_INTEGRITY_STREAM: 32768, FILE_ATTRIBUTE_NO_SCRUB_DATA: 131072, FILE_ATTRIBUTE_VIRTUAL: 65536,
};

const FMT = 0o170000;

/** A mode_t argument: a non-negative int below 2**32. */
function mode(x: Py): number {
  if (x instanceof PyFloat) throw TypeError('an integer is required');
  const v = intValue(x);
  if (v === null) throw TypeError('an integer is required');
  if (v < 0) throw OverflowError("can't convert negative value to unsigned int");
  if (v > 0xffffffff) throw OverflowError('mode out of range');
  return Number(v);
}

const isType = (fmt: number) => (m: Py) => (mode(m) & FMT) === fmt;

/** The ls -l style string for a mode. */
export function filemode(m: number): string {
  const kinds: [number, string][] = [[0o120000, 'l'], [0o140000, 's'], [0o100000, '-'], [0o060000, 'b'], [0o040000, 'd'], [0o020000, 'c'], [0o010000, 'p']];
  let out = kinds.find(([k]) => (m & FMT) === k)?.[1] ?? '?';
  // each triple: read, write, and an execute slot that also shows setuid/setgid/sticky
  const triples: [number, number, string][] = [[6, 0o4000, 's'], [3, 0o2000, 's'], [0, 0o1000, 't']];
  for (const [shift, special, mark] of triples) {
    const bits = (m >> shift) & 7;
    out += bits & 4 ? 'r' : '-';
    out += bits & 2 ? 'w' : '-';
    const x = (bits & 1) !== 0, sp = (m & special) !== 0;
    out += sp ? (x ? mark : mark.toUpperCase()) : x ? 'x' : '-';
  }
  return out;
}

const FUNCS: FnTable = {
  S_ISDIR: ['mode, /', isType(0o040000)],
  S_ISCHR: ['mode, /', isType(0o020000)],
  S_ISBLK: ['mode, /', isType(0o060000)],
  S_ISREG: ['mode, /', isType(0o100000)],
  S_ISFIFO: ['mode, /', isType(0o010000)],
  S_ISLNK: ['mode, /', isType(0o120000)],
  S_ISSOCK: ['mode, /', isType(0o140000)],
  S_ISDOOR: ['mode, /', (m: Py) => (mode(m), false)],
  S_ISPORT: ['mode, /', (m: Py) => (mode(m), false)],
  S_ISWHT: ['mode, /', (m: Py) => (mode(m), false)],
  S_IMODE: ['mode, /', (m: Py) => mode(m) & 0o7777],
  S_IFMT: ['mode, /', (m: Py) => mode(m) & FMT],
  filemode: ['mode, /', (m: Py) => filemode(mode(m))],
};

/** Creates the stat module. */
export function init(): PyModule {
  const consts: Record<string, Py> = {};
  for (const [k, v] of Object.entries(C)) if (k !== 'S_IFMT_') consts[k] = v;
  const m = makeModule('stat', FUNCS, consts, 'Constants/functions for interpreting results of os.stat() and os.lstat().\n\nSuggested usage: from stat import *\n');
  const docs: Record<string, string> = {
    S_IMODE: "Return the portion of the file's mode that can be set by os.chmod().",
    S_IFMT: "Return the portion of the file's mode that describes the file type.",
    filemode: "Convert a file's mode to a string of the form '-rwxrwxrwx'",
  };
  for (const [k, d] of Object.entries(docs)) (m.dict.getS(k) as any).doc = d;
  return m;
}
