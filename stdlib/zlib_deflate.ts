// The deflate compressor of zlib 1.2.13, rewritten in TypeScript so that
// zlib.compress() and compressobj() produce the very bytes CPython does
// (Node's bundled zlib is Chromium's fork, whose match finder and block
// sizes differ). The stream interface mirrors zlib's z_stream: the caller
// sets the input and output windows and calls deflate(flush) repeatedly,
// as CPython's zlibmodule.c does; output chunking follows from that loop.
// The algorithms: a hash-chain match finder over a sliding window (lazy
// evaluation from level 4 on), run-length and Huffman-only strategies,
// stored blocks at level 0; the block layer is zlib_trees.ts.

import { ZBlockWriter, MIN_MATCH, MAX_MATCH } from './zlib_trees';
import { serial } from '../src/objects/base';
import { adler32, crc32 } from './zlib_check';

export const Z_NO_FLUSH = 0, Z_PARTIAL_FLUSH = 1, Z_SYNC_FLUSH = 2, Z_FULL_FLUSH = 3, Z_FINISH = 4, Z_BLOCK = 5;
export const Z_OK = 0, Z_STREAM_END = 1, Z_NEED_DICT = 2, Z_STREAM_ERROR = -2, Z_DATA_ERROR = -3, Z_MEM_ERROR = -4, Z_BUF_ERROR = -5;
const Z_FILTERED = 1, Z_HUFFMAN_ONLY = 2, Z_RLE = 3, Z_FIXED = 4;

/** zlib's messages for return codes (z_errmsg), indexed by 2 - code. */
export const ERR_MSG = ['need dictionary', 'stream end', '', 'file error', 'stream error', 'data error', 'insufficient memory', 'buffer error', 'incompatible version'];

const MIN_LOOKAHEAD = MAX_MATCH + MIN_MATCH + 1;
const TOO_FAR = 4096;
const MAX_STORED = 65535;
const NIL = 0;

const INIT_STATE = 42, GZIP_STATE = 57, BUSY_STATE = 113, FINISH_STATE = 666;

const enum Block {
  NeedMore,
  Done,
  FinishStarted,
  FinishDone,
}

/** good_length, max_lazy, nice_length, max_chain and the algorithm per level. */
const CONFIG: [number, number, number, number, number][] = [
  [0, 0, 0, 0, 0],
  [4, 4, 8, 4, 1],
  [4, 5, 16, 8, 1],
  [4, 6, 32, 32, 1],
  [4, 4, 16, 16, 2],
  [8, 16, 32, 32, 2],
  [8, 16, 128, 128, 2],
  [8, 32, 128, 256, 2],
  [32, 128, 258, 1024, 2],
  [32, 258, 258, 4096, 2],
];

const rank = (f: number): number => f * 2 - (f > 4 ? 9 : 0);

/** The caller-visible stream: input and output windows, totals, message. */
export class ZStream {
  input: Uint8Array = new Uint8Array(0);
  nextIn = 0;
  availIn = 0;
  output: Uint8Array = new Uint8Array(0);
  nextOut = 0;
  availOut = 0;
  totalIn = 0;
  totalOut = 0;
  msg: string | null = null;
  adler = 0;
}

export class ZDeflate extends ZBlockWriter {
  strm: ZStream;
  status: number;
  wrap: number;
  lastFlush = -2;

  wBits: number;
  wSize: number;
  wMask: number;
  window: Uint8Array;
  windowSize: number;
  prev: Int32Array;
  head: Int32Array;
  insH = 0;
  hashSize: number;
  hashMask: number;
  hashShift: number;
  blockStart = 0;
  matchLength = 0;
  prevMatch = 0;
  matchAvailable = 0;
  strstart = 0;
  matchStart = 0;
  lookahead = 0;
  prevLength = 0;
  maxChainLength = 0;
  maxLazyMatch = 0;
  goodMatch = 0;
  niceMatch = 0;
  insert = 0;
  highWater = 0;
  litBufsize: number;

  /** deflateInit2 after its checks (see create()). */
  private constructor(strm: ZStream, level: number, wrap: number, wBits: number, memLevel: number, strategy: number) {
    const litBufsize = 1 << (memLevel + 6);
    super(litBufsize);
    this.litBufsize = litBufsize;
    this.strm = strm;
    this.wrap = wrap;
    this.wBits = wBits;
    this.wSize = 1 << wBits;
    this.wMask = this.wSize - 1;
    const hashBits = memLevel + 7;
    this.hashSize = 1 << hashBits;
    this.hashMask = this.hashSize - 1;
    this.hashShift = Math.floor((hashBits + MIN_MATCH - 1) / MIN_MATCH);
    this.window = new Uint8Array(this.wSize * 2);
    this.windowSize = 2 * this.wSize;
    this.prev = new Int32Array(this.wSize);
    this.head = new Int32Array(this.hashSize);
    this.level = level;
    this.strategy = strategy;
    this.status = wrap === 2 ? GZIP_STATE : INIT_STATE;
    strm.totalIn = strm.totalOut = 0;
    strm.msg = null;
    strm.adler = wrap === 2 ? 0 : 1;
    this.setLevelConfig();
    this.matchLength = this.prevLength = MIN_MATCH - 1;
  }

  /** deflateInit2: a compressor, or null for invalid parameters
   * (Z_STREAM_ERROR). wbits as zlib takes them: 8..15 zlib, -15..-8 raw,
   * 24..31 gzip. */
  static create(strm: ZStream, level: number, method: number, windowBits: number, memLevel: number, strategy: number): ZDeflate | null {
    let wrap = 1;
    if (level === -1) level = 6;
    if (windowBits < 0) {
      wrap = 0;
      if (windowBits < -15) return null;
      windowBits = -windowBits;
    } else if (windowBits > 15) {
      wrap = 2;
      windowBits -= 16;
    }
    if (memLevel < 1 || memLevel > 9 || method !== 8 || windowBits < 8 || windowBits > 15 || level < 0 || level > 9 ||
      strategy < 0 || strategy > Z_FIXED || (windowBits === 8 && wrap !== 1)) {
      return null;
    }
    if (windowBits === 8) windowBits = 9; // zlib's own workaround for 256-byte windows
    return new ZDeflate(strm, level, wrap, windowBits, memLevel, strategy);
  }

  /** A deep copy attached to another stream (deflateCopy). */
  copy(strm: ZStream): ZDeflate {
    const d: ZDeflate = Object.assign(Object.create(ZDeflate.prototype), this);
    d.strm = strm;
    d.window = this.window.slice();
    d.prev = this.prev.slice();
    d.head = this.head.slice();
    this.copyWriterTo(d);
    return d;
  }

  private setLevelConfig(): void {
    const [good, lazy, nice, chain] = CONFIG[this.level];
    this.goodMatch = good;
    this.maxLazyMatch = lazy;
    this.niceMatch = nice;
    this.maxChainLength = chain;
  }

  // ---- input -----------------------------------------------------------------------

  /** Copies up to size input bytes to buf[at..], updating the check value. */
  private readBuf(buf: Uint8Array, at: number, size: number): number {
    const strm = this.strm;
    let len = strm.availIn;
    if (len > size) len = size;
    if (len === 0) return 0;
    strm.availIn -= len;
    buf.set(strm.input.subarray(strm.nextIn, strm.nextIn + len), at);
    if (this.wrap === 1) strm.adler = adler32(strm.adler, buf, at, at + len);
    else if (this.wrap === 2) strm.adler = crc32(strm.adler, buf, at, at + len);
    strm.nextIn += len;
    strm.totalIn += len;
    return len;
  }

  private clearHash(): void {
    this.head.fill(0);
  }

  /** Rebases the hash chains after the window slid by wSize. */
  private slideHash(): void {
    const w = this.wSize;
    const head = this.head, prev = this.prev;
    for (let n = 0; n < head.length; n++) {
      const m = head[n];
      head[n] = m >= w ? m - w : NIL;
    }
    for (let n = 0; n < w; n++) {
      const m = prev[n];
      prev[n] = m >= w ? m - w : NIL;
    }
  }

  private updateHash(h: number, c: number): number {
    return ((h << this.hashShift) ^ c) & this.hashMask;
  }

  /** Inserts the string at str in the hash table; returns the previous
   * head of its chain. */
  private insertString(str: number): number {
    this.insH = this.updateHash(this.insH, this.window[str + MIN_MATCH - 1]);
    const h = this.head[this.insH];
    this.prev[str & this.wMask] = h;
    this.head[this.insH] = str;
    return h;
  }

  /** Reads input into the window, sliding it when the lookahead runs low. */
  private fillWindow(): void {
    const wsize = this.wSize;
    const win = this.window;
    do {
      let more = this.windowSize - this.lookahead - this.strstart;
      if (this.strstart >= wsize + (wsize - MIN_LOOKAHEAD)) {
        win.copyWithin(0, wsize, wsize + wsize - more);
        this.matchStart -= wsize;
        this.strstart -= wsize;
        this.blockStart -= wsize;
        if (this.insert > this.strstart) this.insert = this.strstart;
        this.slideHash();
        more += wsize;
      }
      if (this.strm.availIn === 0) break;
      const n = this.readBuf(win, this.strstart + this.lookahead, more);
      this.lookahead += n;
      if (this.lookahead + this.insert >= MIN_MATCH) {
        let str = this.strstart - this.insert;
        this.insH = win[str];
        this.insH = this.updateHash(this.insH, win[str + 1]);
        while (this.insert) {
          this.insH = this.updateHash(this.insH, win[str + MIN_MATCH - 1]);
          this.prev[str & this.wMask] = this.head[this.insH];
          this.head[this.insH] = str;
          str++;
          this.insert--;
          if (this.lookahead + this.insert < MIN_MATCH) break;
        }
      }
    } while (this.lookahead < MIN_LOOKAHEAD && this.strm.availIn !== 0);
    // zlib zeroes the bytes past the data that the match finder may read;
    // this window started zeroed and is only written where zlib writes
    const curr = this.strstart + this.lookahead;
    if (this.highWater < curr) this.highWater = curr;
  }

  /** The longest match at strstart along the hash chain from curMatch
   * (length, with matchStart set), at most the lookahead. */
  private longestMatch(curMatch: number): number {
    let chainLength = this.maxChainLength;
    const win = this.window;
    const scan0 = this.strstart;
    let bestLen = this.prevLength;
    let niceMatch = this.niceMatch;
    const maxDist = this.wSize - MIN_LOOKAHEAD;
    const limit = this.strstart > maxDist ? this.strstart - maxDist : NIL;
    const prev = this.prev, wmask = this.wMask;
    const strend = scan0 + MAX_MATCH;
    let scanEnd1 = win[scan0 + bestLen - 1];
    let scanEnd = win[scan0 + bestLen];
    if (this.prevLength >= this.goodMatch) chainLength >>>= 2;
    if (niceMatch > this.lookahead) niceMatch = this.lookahead;
    do {
      let match = curMatch;
      if (win[match + bestLen] !== scanEnd || win[match + bestLen - 1] !== scanEnd1 ||
        win[match] !== win[scan0] || win[++match] !== win[scan0 + 1]) continue;
      // the third bytes agree when the hashes do: start comparing at the fourth
      let scan = scan0 + 2;
      match++;
      do {
        /* compare until a difference or strend */
      } while (win[++scan] === win[++match] && win[++scan] === win[++match] &&
        win[++scan] === win[++match] && win[++scan] === win[++match] &&
        win[++scan] === win[++match] && win[++scan] === win[++match] &&
        win[++scan] === win[++match] && win[++scan] === win[++match] &&
        scan < strend);
      const len = MAX_MATCH - (strend - scan);
      if (len > bestLen) {
        this.matchStart = curMatch;
        bestLen = len;
        if (len >= niceMatch) break;
        scanEnd1 = win[scan0 + bestLen - 1];
        scanEnd = win[scan0 + bestLen];
      }
    } while ((curMatch = prev[curMatch & wmask]) > limit && --chainLength !== 0);
    return bestLen <= this.lookahead ? bestLen : this.lookahead;
  }

  // ---- output ----------------------------------------------------------------------

  /** Copies as much pending output as fits to the caller's buffer. */
  flushPending(): void {
    const strm = this.strm;
    this.biFlush();
    let len = this.pending;
    if (len > strm.availOut) len = strm.availOut;
    if (len === 0) return;
    strm.output.set(this.pendingBuf.subarray(this.pendingOut, this.pendingOut + len), strm.nextOut);
    strm.nextOut += len;
    this.pendingOut += len;
    strm.totalOut += len;
    strm.availOut -= len;
    this.pending -= len;
    if (this.pending === 0) this.pendingOut = 0;
  }

  /** Ends the current block (FLUSH_BLOCK_ONLY). */
  private flushBlockOnly(last: number): void {
    const start = this.blockStart;
    this.flushBlock(start >= 0 ? this.window : null, start, this.strstart - start, last);
    this.blockStart = this.strstart;
    this.flushPending();
  }

  // ---- the block algorithms -----------------------------------------------------------

  /** Level 0: stored blocks, copied straight to the output when it has room. */
  private deflateStored(flush: number): Block {
    const strm = this.strm;
    let minBlock = Math.min(this.pendingBufSize - 5, this.wSize);
    let len: number, left: number, have: number, last = 0;
    let used = strm.availIn;
    do {
      len = MAX_STORED;
      have = (this.biValid + 42) >> 3;
      if (strm.availOut < have) break;
      have = strm.availOut - have;
      left = this.strstart - this.blockStart;
      if (len > left + strm.availIn) len = left + strm.availIn;
      if (len > have) len = have;
      if (len < minBlock && ((len === 0 && flush !== Z_FINISH) || flush === Z_NO_FLUSH || len !== left + strm.availIn)) break;
      last = flush === Z_FINISH && len === left + strm.availIn ? 1 : 0;
      this.storedBlock(null, 0, 0, last);
      // the header's lengths are rewritten for the data copied below
      const p = this.pendingOut + this.pending;
      this.pendingBuf[p - 4] = len & 0xff;
      this.pendingBuf[p - 3] = (len >>> 8) & 0xff;
      this.pendingBuf[p - 2] = ~len & 0xff;
      this.pendingBuf[p - 1] = (~len >>> 8) & 0xff;
      this.flushPending();
      if (left) {
        if (left > len) left = len;
        strm.output.set(this.window.subarray(this.blockStart, this.blockStart + left), strm.nextOut);
        strm.nextOut += left;
        strm.availOut -= left;
        strm.totalOut += left;
        this.blockStart += left;
        len -= left;
      }
      if (len) {
        this.readBuf(strm.output, strm.nextOut, len);
        strm.nextOut += len;
        strm.availOut -= len;
        strm.totalOut += len;
      }
    } while (last === 0);

    // keep the last wSize bytes copied as history
    used -= strm.availIn;
    if (used) {
      if (used >= this.wSize) {
        this.matches = 2;
        this.window.set(strm.input.subarray(strm.nextIn - this.wSize, strm.nextIn), 0);
        this.strstart = this.wSize;
        this.insert = this.strstart;
      } else {
        if (this.windowSize - this.strstart <= used) {
          this.strstart -= this.wSize;
          this.window.copyWithin(0, this.wSize, this.wSize + this.strstart);
          if (this.matches < 2) this.matches++;
          if (this.insert > this.strstart) this.insert = this.strstart;
        }
        this.window.set(strm.input.subarray(strm.nextIn - used, strm.nextIn), this.strstart);
        this.strstart += used;
        this.insert += Math.min(used, this.wSize - this.insert);
      }
      this.blockStart = this.strstart;
    }
    if (this.highWater < this.strstart) this.highWater = this.strstart;
    if (last) return Block.FinishDone;
    if (flush !== Z_NO_FLUSH && flush !== Z_FINISH && strm.availIn === 0 && this.strstart === this.blockStart) return Block.Done;

    // keep the remaining input in the window
    have = this.windowSize - this.strstart;
    if (strm.availIn > have && this.blockStart >= this.wSize) {
      this.blockStart -= this.wSize;
      this.strstart -= this.wSize;
      this.window.copyWithin(0, this.wSize, this.wSize + this.strstart);
      if (this.matches < 2) this.matches++;
      have += this.wSize;
      if (this.insert > this.strstart) this.insert = this.strstart;
    }
    if (have > strm.availIn) have = strm.availIn;
    if (have) {
      this.readBuf(this.window, this.strstart, have);
      this.strstart += have;
      this.insert += Math.min(have, this.wSize - this.insert);
    }
    if (this.highWater < this.strstart) this.highWater = this.strstart;

    // a stored block through the pending buffer, when worth it or flushing
    have = (this.biValid + 42) >> 3;
    have = Math.min(this.pendingBufSize - have, MAX_STORED);
    minBlock = Math.min(have, this.wSize);
    left = this.strstart - this.blockStart;
    if (left >= minBlock || ((left || flush === Z_FINISH) && flush !== Z_NO_FLUSH && strm.availIn === 0 && left <= have)) {
      len = Math.min(left, have);
      last = flush === Z_FINISH && strm.availIn === 0 && len === left ? 1 : 0;
      this.storedBlock(this.window, this.blockStart, len, last);
      this.blockStart += len;
      this.flushPending();
    }
    return last ? Block.FinishStarted : Block.NeedMore;
  }

  /** Levels 1-3: take the first match found, no lazy evaluation. */
  private deflateFast(flush: number): Block {
    for (;;) {
      if (this.lookahead < MIN_LOOKAHEAD) {
        this.fillWindow();
        if (this.lookahead < MIN_LOOKAHEAD && flush === Z_NO_FLUSH) return Block.NeedMore;
        if (this.lookahead === 0) break;
      }
      let hashHead = NIL;
      if (this.lookahead >= MIN_MATCH) hashHead = this.insertString(this.strstart);
      if (hashHead !== NIL && this.strstart - hashHead <= this.wSize - MIN_LOOKAHEAD) {
        this.matchLength = this.longestMatch(hashHead);
      }
      let bflush: boolean;
      if (this.matchLength >= MIN_MATCH) {
        bflush = this.tallyDist(this.strstart - this.matchStart, this.matchLength - MIN_MATCH);
        this.lookahead -= this.matchLength;
        if (this.matchLength <= this.maxLazyMatch && this.lookahead >= MIN_MATCH) {
          this.matchLength--;
          do {
            this.strstart++;
            this.insertString(this.strstart);
          } while (--this.matchLength !== 0);
          this.strstart++;
        } else {
          this.strstart += this.matchLength;
          this.matchLength = 0;
          this.insH = this.window[this.strstart];
          this.insH = this.updateHash(this.insH, this.window[this.strstart + 1]);
        }
      } else {
        bflush = this.tallyLit(this.window[this.strstart]);
        this.lookahead--;
        this.strstart++;
      }
      if (bflush) {
        this.flushBlockOnly(0);
        if (this.strm.availOut === 0) return Block.NeedMore;
      }
    }
    return this.finishBlock(flush, this.strstart < MIN_MATCH - 1 ? this.strstart : MIN_MATCH - 1);
  }

  /** The end of the block algorithms once the input is used up. */
  private finishBlock(flush: number, insert: number): Block {
    this.insert = insert;
    if (flush === Z_FINISH) {
      this.flushBlockOnly(1);
      return this.strm.availOut === 0 ? Block.FinishStarted : Block.FinishDone;
    }
    if (this.symNext) {
      this.flushBlockOnly(0);
      if (this.strm.availOut === 0) return Block.NeedMore;
    }
    return Block.Done;
  }

  /** Levels 4-9: a match is emitted only if the next position does not
   * start a longer one. */
  private deflateSlow(flush: number): Block {
    for (;;) {
      if (this.lookahead < MIN_LOOKAHEAD) {
        this.fillWindow();
        if (this.lookahead < MIN_LOOKAHEAD && flush === Z_NO_FLUSH) return Block.NeedMore;
        if (this.lookahead === 0) break;
      }
      let hashHead = NIL;
      if (this.lookahead >= MIN_MATCH) hashHead = this.insertString(this.strstart);
      this.prevLength = this.matchLength;
      this.prevMatch = this.matchStart;
      this.matchLength = MIN_MATCH - 1;
      if (hashHead !== NIL && this.prevLength < this.maxLazyMatch && this.strstart - hashHead <= this.wSize - MIN_LOOKAHEAD) {
        this.matchLength = this.longestMatch(hashHead);
        if (this.matchLength <= 5 && (this.strategy === Z_FILTERED ||
          (this.matchLength === MIN_MATCH && this.strstart - this.matchStart > TOO_FAR))) {
          this.matchLength = MIN_MATCH - 1;
        }
      }
      if (this.prevLength >= MIN_MATCH && this.matchLength <= this.prevLength) {
        const maxInsert = this.strstart + this.lookahead - MIN_MATCH;
        const bflush = this.tallyDist(this.strstart - 1 - this.prevMatch, this.prevLength - MIN_MATCH);
        this.lookahead -= this.prevLength - 1;
        this.prevLength -= 2;
        do {
          if (++this.strstart <= maxInsert) this.insertString(this.strstart);
        } while (--this.prevLength !== 0);
        this.matchAvailable = 0;
        this.matchLength = MIN_MATCH - 1;
        this.strstart++;
        if (bflush) {
          this.flushBlockOnly(0);
          if (this.strm.availOut === 0) return Block.NeedMore;
        }
      } else if (this.matchAvailable) {
        if (this.tallyLit(this.window[this.strstart - 1])) this.flushBlockOnly(0);
        this.strstart++;
        this.lookahead--;
        if (this.strm.availOut === 0) return Block.NeedMore;
      } else {
        this.matchAvailable = 1;
        this.strstart++;
        this.lookahead--;
      }
    }
    if (this.matchAvailable) {
      this.tallyLit(this.window[this.strstart - 1]);
      this.matchAvailable = 0;
    }
    return this.finishBlock(flush, this.strstart < MIN_MATCH - 1 ? this.strstart : MIN_MATCH - 1);
  }

  /** Z_RLE: matches at distance one only. */
  private deflateRle(flush: number): Block {
    const win = this.window;
    for (;;) {
      if (this.lookahead <= MAX_MATCH) {
        this.fillWindow();
        if (this.lookahead <= MAX_MATCH && flush === Z_NO_FLUSH) return Block.NeedMore;
        if (this.lookahead === 0) break;
      }
      this.matchLength = 0;
      if (this.lookahead >= MIN_MATCH && this.strstart > 0) {
        let scan = this.strstart - 1;
        const prev = win[scan];
        if (prev === win[++scan] && prev === win[++scan] && prev === win[++scan]) {
          const strend = this.strstart + MAX_MATCH;
          do {
            /* count the run */
          } while (prev === win[++scan] && prev === win[++scan] && prev === win[++scan] && prev === win[++scan] &&
            prev === win[++scan] && prev === win[++scan] && prev === win[++scan] && prev === win[++scan] &&
            scan < strend);
          this.matchLength = MAX_MATCH - (strend - scan);
          if (this.matchLength > this.lookahead) this.matchLength = this.lookahead;
        }
      }
      let bflush: boolean;
      if (this.matchLength >= MIN_MATCH) {
        bflush = this.tallyDist(1, this.matchLength - MIN_MATCH);
        this.lookahead -= this.matchLength;
        this.strstart += this.matchLength;
        this.matchLength = 0;
      } else {
        bflush = this.tallyLit(win[this.strstart]);
        this.lookahead--;
        this.strstart++;
      }
      if (bflush) {
        this.flushBlockOnly(0);
        if (this.strm.availOut === 0) return Block.NeedMore;
      }
    }
    return this.finishBlock(flush, 0);
  }

  /** Z_HUFFMAN_ONLY: literals only. */
  private deflateHuff(flush: number): Block {
    for (;;) {
      if (this.lookahead === 0) {
        this.fillWindow();
        if (this.lookahead === 0) {
          if (flush === Z_NO_FLUSH) return Block.NeedMore;
          break;
        }
      }
      this.matchLength = 0;
      const bflush = this.tallyLit(this.window[this.strstart]);
      this.lookahead--;
      this.strstart++;
      if (bflush) {
        this.flushBlockOnly(0);
        if (this.strm.availOut === 0) return Block.NeedMore;
      }
    }
    return this.finishBlock(flush, 0);
  }

  // ---- the stream ------------------------------------------------------------------

  private errReturn(code: number): number {
    this.strm.msg = ERR_MSG[2 - code];
    return code;
  }

  /** deflate(strm, flush): compresses what input and output room allow. */
  deflate(flush: number): number {
    const strm = this.strm;
    if (flush > Z_BLOCK || flush < 0) return Z_STREAM_ERROR;
    if (this.status === FINISH_STATE && flush !== Z_FINISH) return this.errReturn(Z_STREAM_ERROR);
    if (strm.availOut === 0) return this.errReturn(Z_BUF_ERROR);
    const oldFlush = this.lastFlush;
    this.lastFlush = flush;
    if (this.pending !== 0) {
      this.flushPending();
      if (strm.availOut === 0) {
        this.lastFlush = -1;
        return Z_OK;
      }
    } else if (strm.availIn === 0 && rank(flush) <= rank(oldFlush) && flush !== Z_FINISH) {
      return this.errReturn(Z_BUF_ERROR);
    }
    if (this.status === FINISH_STATE && strm.availIn !== 0) return this.errReturn(Z_BUF_ERROR);

    if (this.status === INIT_STATE && this.wrap === 0) this.status = BUSY_STATE;
    if (this.status === INIT_STATE) {
      let header = (8 + ((this.wBits - 8) << 4)) << 8;
      let levelFlags: number;
      if (this.strategy >= Z_HUFFMAN_ONLY || this.level < 2) levelFlags = 0;
      else if (this.level < 6) levelFlags = 1;
      else if (this.level === 6) levelFlags = 2;
      else levelFlags = 3;
      header |= levelFlags << 6;
      if (this.strstart !== 0) header |= 0x20; // preset dictionary
      header += 31 - (header % 31);
      this.putShortMSB(header);
      if (this.strstart !== 0) {
        this.putShortMSB(strm.adler >>> 16);
        this.putShortMSB(strm.adler & 0xffff);
      }
      strm.adler = 1;
      this.status = BUSY_STATE;
      this.flushPending();
      if (this.pending !== 0) {
        this.lastFlush = -1;
        return Z_OK;
      }
    }
    if (this.status === GZIP_STATE) {
      strm.adler = 0;
      this.putByte(31);
      this.putByte(139);
      this.putByte(8);
      for (let k = 0; k < 5; k++) this.putByte(0); // flags, mtime
      this.putByte(this.level === 9 ? 2 : this.strategy >= Z_HUFFMAN_ONLY || this.level < 2 ? 4 : 0);
      this.putByte(3); // OS: Unix
      this.status = BUSY_STATE;
      this.flushPending();
      if (this.pending !== 0) {
        this.lastFlush = -1;
        return Z_OK;
      }
    }

    if (strm.availIn !== 0 || this.lookahead !== 0 || (flush !== Z_NO_FLUSH && this.status !== FINISH_STATE)) {
      const bstate = this.level === 0 ? this.deflateStored(flush)
        : this.strategy === Z_HUFFMAN_ONLY ? this.deflateHuff(flush)
          : this.strategy === Z_RLE ? this.deflateRle(flush)
            : CONFIG[this.level][4] === 1 ? this.deflateFast(flush) : this.deflateSlow(flush);
      if (bstate === Block.FinishStarted || bstate === Block.FinishDone) this.status = FINISH_STATE;
      if (bstate === Block.NeedMore || bstate === Block.FinishStarted) {
        if (strm.availOut === 0) this.lastFlush = -1;
        return Z_OK;
      }
      if (bstate === Block.Done) {
        if (flush === Z_PARTIAL_FLUSH) this.align();
        else if (flush !== Z_BLOCK) {
          this.storedBlock(null, 0, 0, 0);
          if (flush === Z_FULL_FLUSH) {
            this.clearHash();
            if (this.lookahead === 0) {
              this.strstart = 0;
              this.blockStart = 0;
              this.insert = 0;
            }
          }
        }
        this.flushPending();
        if (strm.availOut === 0) {
          this.lastFlush = -1;
          return Z_OK;
        }
      }
    }
    if (flush !== Z_FINISH) return Z_OK;
    if (this.wrap <= 0) return Z_STREAM_END;
    if (this.wrap === 2) {
      const a = strm.adler, t = strm.totalIn;
      this.putByte(a & 0xff);
      this.putByte((a >>> 8) & 0xff);
      this.putByte((a >>> 16) & 0xff);
      this.putByte((a >>> 24) & 0xff);
      this.putByte(t & 0xff);
      this.putByte(Math.floor(t / 0x100) & 0xff);
      this.putByte(Math.floor(t / 0x10000) & 0xff);
      this.putByte(Math.floor(t / 0x1000000) & 0xff);
    } else {
      this.putShortMSB(strm.adler >>> 16);
      this.putShortMSB(strm.adler & 0xffff);
    }
    this.flushPending();
    if (this.wrap > 0) this.wrap = -this.wrap;
    return this.pending !== 0 ? Z_OK : Z_STREAM_END;
  }

  /** deflateSetDictionary: primes the window (before any output). */
  setDictionary(dict: Uint8Array): number {
    const strm = this.strm;
    const wrap = this.wrap;
    if (wrap === 2 || (wrap === 1 && this.status !== INIT_STATE) || this.lookahead) return Z_STREAM_ERROR;
    if (wrap === 1) strm.adler = adler32(strm.adler, dict);
    this.wrap = 0;
    if (dict.length >= this.wSize) {
      if (wrap === 0) {
        this.clearHash();
        this.strstart = 0;
        this.blockStart = 0;
        this.insert = 0;
      }
      dict = dict.subarray(dict.length - this.wSize);
    }
    const saved = [strm.input, strm.nextIn, strm.availIn] as const;
    strm.input = dict;
    strm.nextIn = 0;
    strm.availIn = dict.length;
    this.fillWindow();
    while (this.lookahead >= MIN_MATCH) {
      let str = this.strstart;
      let n = this.lookahead - (MIN_MATCH - 1);
      do {
        this.insH = this.updateHash(this.insH, this.window[str + MIN_MATCH - 1]);
        this.prev[str & this.wMask] = this.head[this.insH];
        this.head[this.insH] = str;
        str++;
      } while (--n);
      this.strstart = str;
      this.lookahead = MIN_MATCH - 1;
      this.fillWindow();
    }
    this.strstart += this.lookahead;
    this.blockStart = this.strstart;
    this.insert = this.lookahead;
    this.lookahead = 0;
    this.matchLength = this.prevLength = MIN_MATCH - 1;
    this.matchAvailable = 0;
    [strm.input, strm.nextIn, strm.availIn] = saved;
    this.wrap = wrap;
    return Z_OK;
  }
}

serial(ZStream, ZDeflate);
