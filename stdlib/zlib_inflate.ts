// The inflate decompressor, written as zlib 1.2.13's inflate() state
// machine: input is pulled a byte at a time only when the next field needs
// it, so that after each call the unconsumed input (Decompress's
// unconsumed_tail and unused_data), the stopping point under an output
// limit, and the error raised for damaged data (zlib's messages, checked in
// zlib's order) are those CPython reports. Decoding tables have a root level
// of lenbits/distbits bits and second-level tables for longer codes.

import { ZStream, Z_OK, Z_STREAM_END, Z_NEED_DICT, Z_STREAM_ERROR, Z_DATA_ERROR, Z_BUF_ERROR, Z_FINISH } from './zlib_deflate';
import { adler32, crc32 } from './zlib_check';
import { serial } from '../src/objects/base';

// states, in zlib's order (comparisons below depend on it)
const HEAD = 0, FLAGS = 1, TIME = 2, OS = 3, EXLEN = 4, EXTRA = 5, NAME = 6, COMMENT = 7, HCRC = 8, DICTID = 9,
  DICT = 10, TYPE = 11, TYPEDO = 12, STORED = 13, COPY_ = 14, COPY = 15, TABLE = 16, LENLENS = 17, CODELENS = 18,
  LEN_ = 19, LEN = 20, LENEXT = 21, DIST = 22, DISTEXT = 23, MATCH = 24, LIT = 25, CHECK = 26, LENGTH = 27,
  DONE = 28, BAD = 29;

const enum Kind {
  Codes,
  Lens,
  Dists,
}

const LBASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258, 0, 0];
const LEXT = [16, 16, 16, 16, 16, 16, 16, 16, 17, 17, 17, 17, 18, 18, 18, 18, 19, 19, 19, 19, 20, 20, 20, 20, 21, 21, 21, 21, 16, 64, 64];
const DBASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577, 0, 0];
const DEXT = [16, 16, 16, 16, 17, 17, 18, 18, 19, 19, 20, 20, 21, 21, 22, 22, 23, 23, 24, 24, 25, 25, 26, 26, 27, 27, 28, 28, 29, 29, 64, 64];
/** The order code length code lengths arrive in. */
const ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

// A table entry packs op (bits 0-7), bits (8-15) and val (16-31). op: 0
// literal; 16+n a base with n extra bits; 1..15 a link to a second-level
// table of that many index bits (val its offset); 32+64 end of block; 64
// an invalid code.
const entry = (op: number, bits: number, val: number) => op | (bits << 8) | (val << 16);
const INVALID1 = entry(64, 1, 0);

/** A decoding table and its root index width. */
export class ZTable {
  constructor(public t: Int32Array, public bits: number) {}
}
type Table = ZTable;

function reverse(code: number, len: number): number {
  let r = 0;
  for (let i = 0; i < len; i++) {
    r = (r << 1) | (code & 1);
    code >>>= 1;
  }
  return r;
}

/** Decoding table for the code lengths lens[off, off+n), or null when the
 * lengths do not form a valid code (over-subscribed, or incomplete where
 * zlib refuses that). */
function buildTable(kind: Kind, lens: Int32Array, off: number, n: number, rootWanted: number): Table | null {
  const count = new Int32Array(16);
  for (let s = 0; s < n; s++) count[lens[off + s]]++;
  let max = 15;
  while (max >= 1 && count[max] === 0) max--;
  if (max === 0) {
    // no codes: any lookup decodes as invalid after one bit
    return new ZTable(Int32Array.of(INVALID1, INVALID1), 1);
  }
  let min = 1;
  while (min < max && count[min] === 0) min++;
  const root = Math.max(Math.min(rootWanted, max), min);
  let left = 1;
  for (let len = 1; len <= 15; len++) {
    left = (left << 1) - count[len];
    if (left < 0) return null;
  }
  if (left > 0 && (kind === Kind.Codes || max !== 1)) return null;

  const sub = max > root ? max - root : 0;
  // second-level tables, one per root prefix of a long code, allocated as met
  const size = 1 << root;
  const t0 = new Int32Array(size).fill(kind === Kind.Codes ? 0 : INVALID1);
  const subAt = new Int32Array(size).fill(-1);
  let total = size;
  // canonical codes, in order of length then symbol
  const next = new Int32Array(16);
  let code = 0;
  for (let len = 1; len <= 15; len++) {
    code = (code + count[len - 1]) << 1;
    next[len] = code;
  }
  next[0] = 0;
  const slots: [number, number, number][] = []; // (reversed code, length, entry)
  for (let s = 0; s < n; s++) {
    const len = lens[off + s];
    if (len === 0) continue;
    let op: number, val: number;
    if (kind === Kind.Lens) {
      if (s < 256) [op, val] = [0, s];
      else if (s === 256) [op, val] = [96, 0];
      else [op, val] = [LEXT[s - 257], LBASE[s - 257]];
    } else if (kind === Kind.Dists) [op, val] = [DEXT[s], DBASE[s]];
    else [op, val] = [0, s];
    slots.push([reverse(next[len]++, len), len, op | (val << 16)]);
  }
  let big: Int32Array | null = null;
  if (sub) {
    // count prefixes to size the second level
    for (const [rc, len] of slots) {
      if (len <= root) continue;
      const p = rc & (size - 1);
      if (subAt[p] < 0) {
        subAt[p] = total;
        total += 1 << sub;
      }
    }
    big = new Int32Array(total);
    big.set(t0);
    for (let p = 0; p < size; p++) if (subAt[p] >= 0) big[p] = entry(sub, root, subAt[p]);
  }
  const t = big ?? t0;
  for (const [rc, len, e] of slots) {
    if (len <= root) {
      const v = e | (len << 8);
      for (let i = rc; i < size; i += 1 << len) t[i] = v;
    } else {
      const base = subAt[rc & (size - 1)];
      const v = e | ((len - root) << 8);
      const step = 1 << (len - root);
      for (let i = rc >>> root; i < 1 << sub; i += step) t[base + i] = v;
    }
  }
  return new ZTable(t, root);
}

let fixedLen: Table | null = null;
let fixedDist: Table | null = null;

function fixedTables(): [Table, Table] {
  if (!fixedLen) {
    const lens = new Int32Array(320);
    for (let s = 0; s < 288; s++) lens[s] = s < 144 ? 8 : s < 256 ? 9 : s < 280 ? 7 : 8;
    fixedLen = buildTable(Kind.Lens, lens, 0, 288, 9)!;
    const d = new Int32Array(32).fill(5);
    fixedDist = buildTable(Kind.Dists, d, 0, 32, 5)!;
  }
  return [fixedLen, fixedDist!];
}

export class ZInflate {
  strm: ZStream;
  mode = HEAD;
  last = 0;
  /** bit 0: zlib header allowed, bit 1: gzip header allowed, bit 2: check the trailer. */
  wrap: number;
  havedict = 0;
  /** gzip header flags (0 for zlib, -1 before a header). */
  flags = -1;
  check = 0;
  total = 0;
  wbits: number;
  wsize = 0;
  whave = 0;
  wnext = 0;
  window: Uint8Array | null = null;
  hold = 0;
  bits = 0;
  length = 0;
  offset = 0;
  extra = 0;
  lencode: Table | null = null;
  distcode: Table | null = null;
  nlen = 0;
  ndist = 0;
  ncode = 0;
  have = 0;
  lens = new Int32Array(320);

  private constructor(strm: ZStream, wrap: number, wbits: number) {
    this.strm = strm;
    this.wrap = wrap;
    this.wbits = wbits;
    strm.totalIn = strm.totalOut = 0;
    strm.msg = null;
    if (wrap) strm.adler = wrap & 1;
  }

  /** inflateInit2: null for an invalid windowBits (Z_STREAM_ERROR). */
  static create(strm: ZStream, windowBits: number): ZInflate | null {
    let wrap: number;
    if (windowBits < 0) {
      if (windowBits < -15) return null;
      wrap = 0;
      windowBits = -windowBits;
    } else {
      wrap = (windowBits >> 4) + 5;
      if (windowBits < 48) windowBits &= 15;
    }
    if (windowBits && (windowBits < 8 || windowBits > 15)) return null;
    return new ZInflate(strm, wrap, windowBits);
  }

  /** A deep copy attached to another stream (inflateCopy). */
  copy(strm: ZStream): ZInflate {
    const c: ZInflate = Object.assign(Object.create(ZInflate.prototype), this);
    c.strm = strm;
    c.lens = this.lens.slice();
    if (this.window) c.window = this.window.slice();
    return c;
  }

  /** Appends the last `copy` bytes before end in buf to the sliding window. */
  private updateWindow(buf: Uint8Array, end: number, copy: number): void {
    if (this.wsize === 0) {
      this.wsize = 1 << this.wbits;
      this.wnext = 0;
      this.whave = 0;
    }
    if (this.window === null) this.window = new Uint8Array(1 << this.wbits);
    const w = this.window, wsize = this.wsize;
    if (copy >= wsize) {
      w.set(buf.subarray(end - wsize, end), 0);
      this.wnext = 0;
      this.whave = wsize;
      return;
    }
    let dist = wsize - this.wnext;
    if (dist > copy) dist = copy;
    w.set(buf.subarray(end - copy, end - copy + dist), this.wnext);
    copy -= dist;
    if (copy) {
      w.set(buf.subarray(end - copy, end), 0);
      this.wnext = copy;
      this.whave = wsize;
    } else {
      this.wnext += dist;
      if (this.wnext === wsize) this.wnext = 0;
      if (this.whave < wsize) this.whave += dist;
    }
  }

  /** inflateSetDictionary. */
  setDictionary(dict: Uint8Array): number {
    if (this.wrap !== 0 && this.mode !== DICT) return Z_STREAM_ERROR;
    if (this.mode === DICT && adler32(1, dict) !== this.check) return Z_DATA_ERROR;
    this.updateWindow(dict, dict.length, dict.length);
    this.havedict = 1;
    return Z_OK;
  }

  private fail(msg: string): void {
    this.strm.msg = msg;
    this.mode = BAD;
  }

  private updateCheck(buf: Uint8Array, start: number, end: number): void {
    this.check = this.flags ? crc32(this.check, buf, start, end) : adler32(this.check, buf, start, end);
    this.strm.adler = this.check;
  }

  /** Folds n little-endian bytes of v into the gzip header's crc. */
  private crcBytes(v: number, n: number): void {
    const b = new Uint8Array(n);
    for (let i = 0; i < n; i++) b[i] = (v >>> (8 * i)) & 0xff;
    this.check = crc32(this.check, b);
  }

  /** inflate(strm, flush): decompresses what input and output room allow. */
  inflate(flush: number): number {
    const strm = this.strm;
    if (this.mode === TYPE) this.mode = TYPEDO;
    const input = strm.input, output = strm.output;
    let next = strm.nextIn, have = strm.availIn;
    let put = strm.nextOut, left = strm.availOut;
    let hold = this.hold, bits = this.bits;
    const inStart = have;
    let out = left;
    let ret = Z_OK;
    let here = 0;

    leave: for (;;) {
      switch (this.mode) {
        case HEAD: {
          if (this.wrap === 0) {
            this.mode = TYPEDO;
            break;
          }
          while (bits < 16) {
            if (have === 0) break leave;
            have--;
            hold += input[next++] * 2 ** bits;
            bits += 8;
          }
          if (this.wrap & 2 && hold === 0x8b1f) {
            if (this.wbits === 0) this.wbits = 15;
            this.check = 0;
            this.crcBytes(hold, 2);
            hold = bits = 0;
            this.mode = FLAGS;
            break;
          }
          if (!(this.wrap & 1) || (((hold & 0xff) << 8) + (hold >>> 8)) % 31) {
            this.fail('incorrect header check');
            break;
          }
          if ((hold & 15) !== 8) {
            this.fail('unknown compression method');
            break;
          }
          hold >>>= 4;
          bits -= 4;
          const len = (hold & 15) + 8;
          if (this.wbits === 0) this.wbits = len;
          if (len > 15 || len > this.wbits) {
            this.fail('invalid window size');
            break;
          }
          this.flags = 0;
          strm.adler = this.check = 1;
          this.mode = hold & 0x200 ? DICTID : TYPE;
          hold = bits = 0;
          break;
        }
        case FLAGS:
        case TIME:
        case OS:
        case EXLEN: {
          const need = this.mode === TIME ? 32 : this.mode === EXLEN && !(this.flags & 0x400) ? 0 : 16;
          while (bits < need) {
            if (have === 0) break leave;
            have--;
            hold += input[next++] * 2 ** bits;
            bits += 8;
          }
          if (this.mode === FLAGS) {
            this.flags = hold;
            if ((this.flags & 0xff) !== 8) {
              this.fail('unknown compression method');
              break;
            }
            if (this.flags & 0xe000) {
              this.fail('unknown header flags set');
              break;
            }
          }
          if (this.mode === EXLEN && need) this.length = hold;
          if (need && this.flags & 0x200 && this.wrap & 4) this.crcBytes(hold, need / 8);
          if (need) hold = bits = 0;
          this.mode++;
          break;
        }
        case EXTRA: {
          if (this.flags & 0x400) {
            let copy = this.length;
            if (copy > have) copy = have;
            if (copy) {
              if (this.flags & 0x200 && this.wrap & 4) this.check = crc32(this.check, input, next, next + copy);
              have -= copy;
              next += copy;
              this.length -= copy;
            }
            if (this.length) break leave;
          }
          this.length = 0;
          this.mode = NAME;
          break;
        }
        case NAME:
        case COMMENT: {
          if (this.flags & (this.mode === NAME ? 0x800 : 0x1000)) {
            if (have === 0) break leave;
            let copy = 0, c: number;
            do c = input[next + copy++];
            while (c && copy < have);
            if (this.flags & 0x200 && this.wrap & 4) this.check = crc32(this.check, input, next, next + copy);
            have -= copy;
            next += copy;
            if (c) break leave;
          }
          this.length = 0;
          this.mode++;
          break;
        }
        case HCRC: {
          if (this.flags & 0x200) {
            while (bits < 16) {
              if (have === 0) break leave;
              have--;
              hold += input[next++] * 2 ** bits;
              bits += 8;
            }
            if (this.wrap & 4 && hold !== (this.check & 0xffff)) {
              this.fail('header crc mismatch');
              break;
            }
            hold = bits = 0;
          }
          strm.adler = this.check = 0;
          this.mode = TYPE;
          break;
        }
        case DICTID: {
          while (bits < 32) {
            if (have === 0) break leave;
            have--;
            hold += input[next++] * 2 ** bits;
            bits += 8;
          }
          // big-endian in the stream
          strm.adler = this.check = (((hold & 0xff) << 24) | ((hold >>> 8 & 0xff) << 16) | ((hold >>> 16 & 0xff) << 8) | (hold >>> 24)) >>> 0;
          hold = bits = 0;
          this.mode = DICT;
        }
        // falls through
        case DICT:
          if (this.havedict === 0) {
            strm.nextOut = put;
            strm.availOut = left;
            strm.nextIn = next;
            strm.availIn = have;
            this.hold = hold;
            this.bits = bits;
            return Z_NEED_DICT;
          }
          strm.adler = this.check = 1;
          this.mode = TYPE;
        // falls through
        case TYPE:
        case TYPEDO: {
          if (this.last) {
            hold >>>= bits & 7;
            bits -= bits & 7;
            this.mode = CHECK;
            break;
          }
          while (bits < 3) {
            if (have === 0) break leave;
            have--;
            hold += input[next++] * 2 ** bits;
            bits += 8;
          }
          this.last = hold & 1;
          hold >>>= 1;
          bits -= 1;
          switch (hold & 3) {
            case 0:
              this.mode = STORED;
              break;
            case 1:
              [this.lencode, this.distcode] = fixedTables();
              this.mode = LEN_;
              break;
            case 2:
              this.mode = TABLE;
              break;
            case 3:
              this.fail('invalid block type');
          }
          hold >>>= 2;
          bits -= 2;
          break;
        }
        case STORED: {
          hold >>>= bits & 7;
          bits -= bits & 7;
          while (bits < 32) {
            if (have === 0) break leave;
            have--;
            hold += input[next++] * 2 ** bits;
            bits += 8;
          }
          if ((hold & 0xffff) !== ((hold >>> 16) ^ 0xffff)) {
            this.fail('invalid stored block lengths');
            break;
          }
          this.length = hold & 0xffff;
          hold = bits = 0;
          this.mode = COPY;
          break;
        }
        case COPY_:
        case COPY: {
          this.mode = COPY;
          let copy = this.length;
          if (copy) {
            if (copy > have) copy = have;
            if (copy > left) copy = left;
            if (copy === 0) break leave;
            output.set(input.subarray(next, next + copy), put);
            have -= copy;
            next += copy;
            left -= copy;
            put += copy;
            this.length -= copy;
            break;
          }
          this.mode = TYPE;
          break;
        }
        case TABLE: {
          while (bits < 14) {
            if (have === 0) break leave;
            have--;
            hold += input[next++] * 2 ** bits;
            bits += 8;
          }
          this.nlen = (hold & 0x1f) + 257;
          hold >>>= 5;
          this.ndist = (hold & 0x1f) + 1;
          hold >>>= 5;
          this.ncode = (hold & 0xf) + 4;
          hold >>>= 4;
          bits -= 14;
          if (this.nlen > 286 || this.ndist > 30) {
            this.fail('too many length or distance symbols');
            break;
          }
          this.have = 0;
          this.mode = LENLENS;
        }
        // falls through
        case LENLENS: {
          while (this.have < this.ncode) {
            while (bits < 3) {
              if (have === 0) break leave;
              have--;
              hold += input[next++] * 2 ** bits;
              bits += 8;
            }
            this.lens[ORDER[this.have++]] = hold & 7;
            hold >>>= 3;
            bits -= 3;
          }
          while (this.have < 19) this.lens[ORDER[this.have++]] = 0;
          const t = buildTable(Kind.Codes, this.lens, 0, 19, 7);
          if (t === null) {
            this.fail('invalid code lengths set');
            break;
          }
          this.lencode = t;
          this.have = 0;
          this.mode = CODELENS;
        }
        // falls through
        case CODELENS: {
          const lc = this.lencode!;
          const mask = (1 << lc.bits) - 1;
          while (this.have < this.nlen + this.ndist) {
            for (;;) {
              here = lc.t[hold & mask];
              if (((here >>> 8) & 0xff) <= bits) break;
              if (have === 0) break leave;
              have--;
              hold += input[next++] * 2 ** bits;
              bits += 8;
            }
            const hbits = (here >>> 8) & 0xff, hval = here >>> 16;
            if (hval < 16) {
              hold >>>= hbits;
              bits -= hbits;
              this.lens[this.have++] = hval;
              continue;
            }
            const xb = hval === 16 ? 2 : hval === 17 ? 3 : 7;
            while (bits < hbits + xb) {
              if (have === 0) break leave;
              have--;
              hold += input[next++] * 2 ** bits;
              bits += 8;
            }
            hold >>>= hbits;
            bits -= hbits;
            let len = 0;
            if (hval === 16) {
              if (this.have === 0) {
                this.fail('invalid bit length repeat');
                break;
              }
              len = this.lens[this.have - 1];
            }
            let copy = (hval === 18 ? 11 : 3) + (hold & ((1 << xb) - 1));
            hold >>>= xb;
            bits -= xb;
            if (this.have + copy > this.nlen + this.ndist) {
              this.fail('invalid bit length repeat');
              break;
            }
            while (copy--) this.lens[this.have++] = len;
          }
          if (this.mode === BAD) break;
          if (this.lens[256] === 0) {
            this.fail('invalid code -- missing end-of-block');
            break;
          }
          const lt = buildTable(Kind.Lens, this.lens, 0, this.nlen, 9);
          if (lt === null) {
            this.fail('invalid literal/lengths set');
            break;
          }
          this.lencode = lt;
          const dt = buildTable(Kind.Dists, this.lens, this.nlen, this.ndist, 6);
          if (dt === null) {
            this.fail('invalid distances set');
            break;
          }
          this.distcode = dt;
          this.mode = LEN;
          break;
        }
        case LEN_:
        case LEN: {
          this.mode = LEN;
          const lc = this.lencode!;
          const t = lc.t;
          const mask = (1 << lc.bits) - 1;
          for (;;) {
            here = t[hold & mask];
            if (((here >>> 8) & 0xff) <= bits) break;
            if (have === 0) break leave;
            have--;
            hold += input[next++] * 2 ** bits;
            bits += 8;
          }
          let op = here & 0xff;
          if (op && (op & 0xf0) === 0) {
            const lastBits = (here >>> 8) & 0xff, lastVal = here >>> 16;
            const m2 = (1 << (lastBits + op)) - 1;
            for (;;) {
              here = t[lastVal + ((hold & m2) >>> lastBits)];
              if (lastBits + ((here >>> 8) & 0xff) <= bits) break;
              if (have === 0) break leave;
              have--;
              hold += input[next++] * 2 ** bits;
              bits += 8;
            }
            hold >>>= lastBits;
            bits -= lastBits;
            op = here & 0xff;
          }
          const hb = (here >>> 8) & 0xff;
          hold >>>= hb;
          bits -= hb;
          this.length = here >>> 16;
          if (op === 0) {
            this.mode = LIT;
            break;
          }
          if (op & 32) {
            this.mode = TYPE;
            break;
          }
          if (op & 64) {
            this.fail('invalid literal/length code');
            break;
          }
          this.extra = op & 15;
          this.mode = LENEXT;
        }
        // falls through
        case LENEXT: {
          if (this.extra) {
            while (bits < this.extra) {
              if (have === 0) break leave;
              have--;
              hold += input[next++] * 2 ** bits;
              bits += 8;
            }
            this.length += hold & ((1 << this.extra) - 1);
            hold >>>= this.extra;
            bits -= this.extra;
          }
          this.mode = DIST;
        }
        // falls through
        case DIST: {
          const dc = this.distcode!;
          const t = dc.t;
          const mask = (1 << dc.bits) - 1;
          for (;;) {
            here = t[hold & mask];
            if (((here >>> 8) & 0xff) <= bits) break;
            if (have === 0) break leave;
            have--;
            hold += input[next++] * 2 ** bits;
            bits += 8;
          }
          let op = here & 0xff;
          if ((op & 0xf0) === 0) {
            const lastBits = (here >>> 8) & 0xff, lastVal = here >>> 16;
            const m2 = (1 << (lastBits + op)) - 1;
            for (;;) {
              here = t[lastVal + ((hold & m2) >>> lastBits)];
              if (lastBits + ((here >>> 8) & 0xff) <= bits) break;
              if (have === 0) break leave;
              have--;
              hold += input[next++] * 2 ** bits;
              bits += 8;
            }
            hold >>>= lastBits;
            bits -= lastBits;
            op = here & 0xff;
          }
          const hb = (here >>> 8) & 0xff;
          hold >>>= hb;
          bits -= hb;
          if (op & 64) {
            this.fail('invalid distance code');
            break;
          }
          this.offset = here >>> 16;
          this.extra = op & 15;
          this.mode = DISTEXT;
        }
        // falls through
        case DISTEXT: {
          if (this.extra) {
            while (bits < this.extra) {
              if (have === 0) break leave;
              have--;
              hold += input[next++] * 2 ** bits;
              bits += 8;
            }
            this.offset += hold & ((1 << this.extra) - 1);
            hold >>>= this.extra;
            bits -= this.extra;
          }
          this.mode = MATCH;
        }
        // falls through
        case MATCH: {
          if (left === 0) break leave;
          let copy = out - left;
          let from: number, src: Uint8Array;
          if (this.offset > copy) {
            copy = this.offset - copy;
            if (copy > this.whave) {
              this.fail('invalid distance too far back');
              break;
            }
            src = this.window!;
            if (copy > this.wnext) {
              copy -= this.wnext;
              from = this.wsize - copy;
            } else from = this.wnext - copy;
            if (copy > this.length) copy = this.length;
          } else {
            src = output;
            from = put - this.offset;
            copy = this.length;
          }
          if (copy > left) copy = left;
          left -= copy;
          this.length -= copy;
          if (src !== output) {
            output.set(src.subarray(from, from + copy), put);
            put += copy;
          } else if (this.offset >= copy) {
            output.copyWithin(put, from, from + copy);
            put += copy;
          } else {
            do output[put++] = src[from++];
            while (--copy);
          }
          if (this.length === 0) this.mode = LEN;
          break;
        }
        case LIT:
          if (left === 0) break leave;
          output[put++] = this.length;
          left--;
          this.mode = LEN;
          break;
        case CHECK: {
          if (this.wrap) {
            while (bits < 32) {
              if (have === 0) break leave;
              have--;
              hold += input[next++] * 2 ** bits;
              bits += 8;
            }
            out -= left;
            strm.totalOut += out;
            this.total += out;
            if (this.wrap & 4 && out) this.updateCheck(output, put - out, put);
            out = left;
            const want = this.flags ? hold : (((hold & 0xff) << 24) | ((hold >>> 8 & 0xff) << 16) | ((hold >>> 16 & 0xff) << 8) | (hold >>> 24)) >>> 0;
            if (this.wrap & 4 && want !== this.check) {
              this.fail('incorrect data check');
              break;
            }
            hold = bits = 0;
          }
          this.mode = LENGTH;
        }
        // falls through
        case LENGTH: {
          if (this.wrap && this.flags) {
            while (bits < 32) {
              if (have === 0) break leave;
              have--;
              hold += input[next++] * 2 ** bits;
              bits += 8;
            }
            if (this.wrap & 4 && hold !== this.total % 0x100000000) {
              this.fail('incorrect length check');
              break;
            }
            hold = bits = 0;
          }
          this.mode = DONE;
        }
        // falls through
        case DONE:
          ret = Z_STREAM_END;
          break leave;
        case BAD:
          ret = Z_DATA_ERROR;
          break leave;
        default:
          return Z_STREAM_ERROR;
      }
    }

    strm.nextOut = put;
    strm.availOut = left;
    strm.nextIn = next;
    strm.availIn = have;
    this.hold = hold;
    this.bits = bits;
    if (this.wsize || (out !== left && this.mode < BAD && (this.mode < CHECK || flush !== Z_FINISH))) {
      this.updateWindow(output, put, out - left);
    }
    const used = inStart - have;
    out -= left;
    strm.totalIn += used;
    strm.totalOut += out;
    this.total += out;
    if (this.wrap & 4 && out) this.updateCheck(output, put - out, put);
    if (((used === 0 && out === 0) || flush === Z_FINISH) && ret === Z_OK) ret = Z_BUF_ERROR;
    return ret;
  }
}

serial(ZInflate, ZTable);
