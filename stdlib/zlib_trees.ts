// The block layer of the deflate compressor (RFC 1951): symbol tallies,
// Huffman trees built and sent as zlib 1.2.13 builds and sends them, the
// bit writer and the pending output buffer. zlib.compress() must give the
// bytes CPython's zlib gives, so every choice here (tie-breaking in the
// heap, the repair of over-long codes, how the code lengths are run-length
// coded, when a stored or fixed block beats a dynamic one) follows that
// library's algorithm; zlib_deflate.ts builds the match finder on top.

import { serial } from '../src/objects/base';

export const L_CODES = 286; // literal/length codes: 256 literals, end of block, 29 lengths
export const D_CODES = 30;
const BL_CODES = 19;
const HEAP_SIZE = 2 * L_CODES + 1;
const MAX_BITS = 15;
const MAX_BL_BITS = 7;
export const END_BLOCK = 256;
const LITERALS = 256;
const LENGTH_CODES = 29;
const REP_3_6 = 16;
const REPZ_3_10 = 17;
const REPZ_11_138 = 18;
export const MIN_MATCH = 3;
export const MAX_MATCH = 258;

const STORED_BLOCK = 0;
const STATIC_TREES = 1;
const DYN_TREES = 2;

const EXTRA_LBITS = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const EXTRA_DBITS = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const EXTRA_BLBITS = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 7];
/** The order in which code length code lengths are sent. */
const BL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** A Huffman tree being built: fc holds the frequencies, later the codes;
 * dl the parents, later the code lengths (all 16-bit values, kept in
 * Int32Arrays, which the heap serializer knows). */
export class ZTree {
  fc: Int32Array;
  dl: Int32Array;
  constructor(n: number) {
    this.fc = new Int32Array(n);
    this.dl = new Int32Array(n);
  }
}
type Tree = ZTree;

/** Static description of a kind of tree. */
interface TreeKind {
  stat: Tree | null;
  extra: number[];
  extraBase: number;
  elems: number;
  maxLength: number;
}

// ---- fixed tables ------------------------------------------------------------------

const LENGTH_CODE = new Uint8Array(256); // match length - 3 -> length code
const BASE_LENGTH = new Int32Array(LENGTH_CODES);
const DIST_CODE = new Uint8Array(512); // see dCode()
const BASE_DIST = new Int32Array(D_CODES);
const STATIC_L = new ZTree(L_CODES + 2);
const STATIC_D = new ZTree(D_CODES);

function reverseBits(code: number, len: number): number {
  let r = 0;
  do {
    r |= code & 1;
    code >>>= 1;
    r <<= 1;
  } while (--len > 0);
  return r >>> 1;
}

/** Canonical codes from lengths (tree.dl) and the count of each length. */
function assignCodes(tree: Tree, maxCode: number, counts: Int32Array): void {
  const next = new Int32Array(MAX_BITS + 1);
  let code = 0;
  for (let bits = 1; bits <= MAX_BITS; bits++) {
    code = (code + counts[bits - 1]) << 1;
    next[bits] = code;
  }
  for (let n = 0; n <= maxCode; n++) {
    const len = tree.dl[n];
    if (len !== 0) tree.fc[n] = reverseBits(next[len]++, len);
  }
}

{
  let length = 0;
  let code = 0;
  for (; code < LENGTH_CODES - 1; code++) {
    BASE_LENGTH[code] = length;
    for (let n = 0; n < 1 << EXTRA_LBITS[code]; n++) LENGTH_CODE[length++] = code;
  }
  // length 258 has two codes (284 with 31 extra, or 285): the shorter wins
  LENGTH_CODE[length - 1] = code;
  let dist = 0;
  for (code = 0; code < 16; code++) {
    BASE_DIST[code] = dist;
    for (let n = 0; n < 1 << EXTRA_DBITS[code]; n++) DIST_CODE[dist++] = code;
  }
  dist >>= 7;
  for (; code < D_CODES; code++) {
    BASE_DIST[code] = dist << 7;
    for (let n = 0; n < 1 << (EXTRA_DBITS[code] - 7); n++) DIST_CODE[256 + dist++] = code;
  }
  const counts = new Int32Array(MAX_BITS + 1);
  for (let n = 0; n <= 287; n++) {
    const len = n <= 143 ? 8 : n <= 255 ? 9 : n <= 279 ? 7 : 8;
    STATIC_L.dl[n] = len;
    counts[len]++;
  }
  assignCodes(STATIC_L, L_CODES + 1, counts);
  for (let n = 0; n < D_CODES; n++) {
    STATIC_D.dl[n] = 5;
    STATIC_D.fc[n] = reverseBits(n, 5);
  }
}

/** The distance code of distance - 1. */
const dCode = (d: number): number => (d < 256 ? DIST_CODE[d] : DIST_CODE[256 + (d >>> 7)]);

const L_KIND: TreeKind = { stat: STATIC_L, extra: EXTRA_LBITS, extraBase: LITERALS + 1, elems: L_CODES, maxLength: MAX_BITS };
const D_KIND: TreeKind = { stat: STATIC_D, extra: EXTRA_DBITS, extraBase: 0, elems: D_CODES, maxLength: MAX_BITS };
const BL_KIND: TreeKind = { stat: null, extra: EXTRA_BLBITS, extraBase: 0, elems: BL_CODES, maxLength: MAX_BL_BITS };

const newTree = (n: number): Tree => new ZTree(n);

/** Output side of a deflate stream: pending bytes, the bit buffer, the
 * symbols of the current block and its trees. */
export class ZBlockWriter {
  /** Output not yet handed to the caller. */
  pendingBuf: Uint8Array;
  pendingOut = 0;
  pending = 0;
  /** Up to 16 bits not yet in pendingBuf. */
  biBuf = 0;
  biValid = 0;

  /** The block's symbols, three bytes each: distance (0 for a literal,
   * two bytes) then the literal or length - 3. */
  symBuf: Uint8Array;
  symNext = 0;
  symEnd: number;
  matches = 0;

  dynL = newTree(HEAP_SIZE);
  dynD = newTree(2 * D_CODES + 1);
  blTree = newTree(2 * BL_CODES + 1);
  lMax = 0;
  dMax = 0;
  blMax = 0;
  heap = new Int32Array(2 * L_CODES + 1);
  heapLen = 0;
  heapMax = 0;
  depth = new Uint8Array(2 * L_CODES + 1);
  blCount = new Int32Array(MAX_BITS + 1);
  optLen = 0;
  staticLen = 0;
  level = 6;
  strategy = 0;
  /** Bytes the pending buffer holds in zlib (4 per symbol slot). */
  pendingBufSize: number;

  constructor(litBufsize: number) {
    this.pendingBufSize = litBufsize * 4;
    this.pendingBuf = new Uint8Array(this.pendingBufSize);
    this.symBuf = new Uint8Array(litBufsize * 3);
    this.symEnd = (litBufsize - 1) * 3;
    this.initBlock();
  }

  /** A deep copy of the writer's state into `to` (Compress.copy()). */
  copyWriterTo(to: ZBlockWriter): void {
    to.pendingBuf = this.pendingBuf.slice();
    to.symBuf = this.symBuf.slice();
    for (const k of ['dynL', 'dynD', 'blTree'] as const) {
      const t = new ZTree(0);
      t.fc = this[k].fc.slice();
      t.dl = this[k].dl.slice();
      to[k] = t;
    }
    to.heap = this.heap.slice();
    to.depth = this.depth.slice();
    to.blCount = this.blCount.slice();
  }

  initBlock(): void {
    this.dynL.fc.fill(0, 0, L_CODES);
    this.dynD.fc.fill(0, 0, D_CODES);
    this.blTree.fc.fill(0, 0, BL_CODES);
    this.dynL.fc[END_BLOCK] = 1;
    this.optLen = this.staticLen = 0;
    this.symNext = this.matches = 0;
  }

  // ---- bytes and bits ------------------------------------------------------------

  /** Makes room for n more pending bytes (zlib's buffer never overflows;
   * this one grows rather than trust that). */
  private room(n: number): number {
    const at = this.pendingOut + this.pending;
    if (at + n > this.pendingBuf.length) {
      const bigger = new Uint8Array(Math.max(this.pendingBuf.length * 2, at + n));
      bigger.set(this.pendingBuf);
      this.pendingBuf = bigger;
    }
    return at;
  }

  putByte(b: number): void {
    this.pendingBuf[this.room(1)] = b;
    this.pending++;
  }

  putShort(w: number): void {
    this.putByte(w & 0xff);
    this.putByte((w >>> 8) & 0xff);
  }

  putShortMSB(w: number): void {
    this.putByte((w >>> 8) & 0xff);
    this.putByte(w & 0xff);
  }

  sendBits(value: number, length: number): void {
    if (this.biValid > 16 - length) {
      this.biBuf = (this.biBuf | (value << this.biValid)) & 0xffff;
      this.putShort(this.biBuf);
      this.biBuf = (value >>> (16 - this.biValid)) & 0xffff;
      this.biValid += length - 16;
    } else {
      this.biBuf = (this.biBuf | (value << this.biValid)) & 0xffff;
      this.biValid += length;
    }
  }

  /** Moves whole bytes of the bit buffer to pending. */
  biFlush(): void {
    if (this.biValid === 16) {
      this.putShort(this.biBuf);
      this.biBuf = 0;
      this.biValid = 0;
    } else if (this.biValid >= 8) {
      this.putByte(this.biBuf & 0xff);
      this.biBuf >>>= 8;
      this.biValid -= 8;
    }
  }

  /** Pads the bit buffer to a byte boundary and empties it. */
  biWindup(): void {
    if (this.biValid > 8) this.putShort(this.biBuf);
    else if (this.biValid > 0) this.putByte(this.biBuf & 0xff);
    this.biBuf = 0;
    this.biValid = 0;
  }

  // ---- tallies ---------------------------------------------------------------------

  /** Records a literal; true when the block is full. */
  tallyLit(c: number): boolean {
    const s = this.symBuf;
    s[this.symNext++] = 0;
    s[this.symNext++] = 0;
    s[this.symNext++] = c;
    this.dynL.fc[c]++;
    return this.symNext === this.symEnd;
  }

  /** Records a match (distance, length - 3); true when the block is full. */
  tallyDist(dist: number, lc: number): boolean {
    const s = this.symBuf;
    s[this.symNext++] = dist & 0xff;
    s[this.symNext++] = (dist >>> 8) & 0xff;
    s[this.symNext++] = lc;
    this.matches++;
    dist--;
    this.dynL.fc[LENGTH_CODE[lc] + LITERALS + 1]++;
    this.dynD.fc[dCode(dist)]++;
    return this.symNext === this.symEnd;
  }

  // ---- Huffman trees --------------------------------------------------------------

  /** Whether node n sorts before node m (by frequency, then depth). */
  private smaller(tree: Tree, n: number, m: number): boolean {
    const fn = tree.fc[n], fm = tree.fc[m];
    return fn < fm || (fn === fm && this.depth[n] <= this.depth[m]);
  }

  /** Sifts heap[k] down to restore the heap property. */
  private siftDown(tree: Tree, k: number): void {
    const heap = this.heap;
    const v = heap[k];
    let j = k << 1;
    while (j <= this.heapLen) {
      if (j < this.heapLen && this.smaller(tree, heap[j + 1], heap[j])) j++;
      if (this.smaller(tree, v, heap[j])) break;
      heap[k] = heap[j];
      k = j;
      j <<= 1;
    }
    heap[k] = v;
  }

  /** Code lengths from the finished tree (limited to the kind's maximum,
   * shortening the longest codes as zlib does), and the block's cost. */
  private lengths(tree: Tree, kind: TreeKind, maxCode: number): void {
    const { stat, extra, extraBase: base, maxLength } = kind;
    const heap = this.heap, count = this.blCount;
    count.fill(0);
    tree.dl[heap[this.heapMax]] = 0; // the root
    let overflow = 0;
    let h: number;
    for (h = this.heapMax + 1; h < HEAP_SIZE; h++) {
      const n = heap[h];
      let bits = tree.dl[tree.dl[n]] + 1;
      if (bits > maxLength) {
        bits = maxLength;
        overflow++;
      }
      tree.dl[n] = bits;
      if (n > maxCode) continue; // an inner node
      count[bits]++;
      const xbits = n >= base ? extra[n - base] : 0;
      const f = tree.fc[n];
      this.optLen += f * (bits + xbits);
      if (stat) this.staticLen += f * (stat.dl[n] + xbits);
    }
    if (overflow === 0) return;
    do {
      let bits = maxLength - 1;
      while (count[bits] === 0) bits--;
      count[bits]--;
      count[bits + 1] += 2;
      count[maxLength]--;
      overflow -= 2;
    } while (overflow > 0);
    // hand the lengths out again, longest to the least frequent
    h = HEAP_SIZE;
    for (let bits = maxLength; bits !== 0; bits--) {
      let n = count[bits];
      while (n !== 0) {
        const m = heap[--h];
        if (m > maxCode) continue;
        if (tree.dl[m] !== bits) {
          this.optLen += (bits - tree.dl[m]) * tree.fc[m];
          tree.dl[m] = bits;
        }
        n--;
      }
    }
  }

  /** Builds the Huffman tree of one kind for the block; returns max code. */
  private buildTree(tree: Tree, kind: TreeKind): number {
    const { stat, elems } = kind;
    const heap = this.heap, depth = this.depth;
    let maxCode = -1;
    this.heapLen = 0;
    this.heapMax = HEAP_SIZE;
    for (let n = 0; n < elems; n++) {
      if (tree.fc[n] !== 0) {
        heap[++this.heapLen] = maxCode = n;
        depth[n] = 0;
      } else tree.dl[n] = 0;
    }
    // at least two codes, so that every code has at least one bit
    while (this.heapLen < 2) {
      const node = (heap[++this.heapLen] = maxCode < 2 ? ++maxCode : 0);
      tree.fc[node] = 1;
      depth[node] = 0;
      this.optLen--;
      if (stat) this.staticLen -= stat.dl[node];
    }
    for (let n = this.heapLen >> 1; n >= 1; n--) this.siftDown(tree, n);
    let node = elems;
    do {
      const n = heap[1];
      heap[1] = heap[this.heapLen--];
      this.siftDown(tree, 1);
      const m = heap[1];
      heap[--this.heapMax] = n;
      heap[--this.heapMax] = m;
      tree.fc[node] = tree.fc[n] + tree.fc[m];
      depth[node] = (depth[n] >= depth[m] ? depth[n] : depth[m]) + 1;
      tree.dl[n] = tree.dl[m] = node;
      heap[1] = node++;
      this.siftDown(tree, 1);
    } while (this.heapLen >= 2);
    heap[--this.heapMax] = heap[1];
    this.lengths(tree, kind, maxCode);
    assignCodes(tree, maxCode, this.blCount);
    return maxCode;
  }

  /** Counts the code length codes a tree's lengths will be sent with. */
  private scanTree(tree: Tree, maxCode: number): void {
    const bl = this.blTree.fc;
    let prevlen = -1, nextlen = tree.dl[0], count = 0;
    let maxCount = 7, minCount = 4;
    if (nextlen === 0) {
      maxCount = 138;
      minCount = 3;
    }
    tree.dl[maxCode + 1] = 0xffff; // guard
    for (let n = 0; n <= maxCode; n++) {
      const curlen = nextlen;
      nextlen = tree.dl[n + 1];
      if (++count < maxCount && curlen === nextlen) continue;
      if (count < minCount) bl[curlen] += count;
      else if (curlen !== 0) {
        if (curlen !== prevlen) bl[curlen]++;
        bl[REP_3_6]++;
      } else if (count <= 10) bl[REPZ_3_10]++;
      else bl[REPZ_11_138]++;
      count = 0;
      prevlen = curlen;
      if (nextlen === 0) {
        maxCount = 138;
        minCount = 3;
      } else if (curlen === nextlen) {
        maxCount = 6;
        minCount = 3;
      } else {
        maxCount = 7;
        minCount = 4;
      }
    }
  }

  private sendCode(c: number, tree: Tree): void {
    this.sendBits(tree.fc[c], tree.dl[c]);
  }

  /** Sends a tree's lengths with the code length codes. */
  private sendTree(tree: Tree, maxCode: number): void {
    const bl = this.blTree;
    let prevlen = -1, nextlen = tree.dl[0], count = 0;
    let maxCount = 7, minCount = 4;
    if (nextlen === 0) {
      maxCount = 138;
      minCount = 3;
    }
    for (let n = 0; n <= maxCode; n++) {
      const curlen = nextlen;
      nextlen = tree.dl[n + 1];
      if (++count < maxCount && curlen === nextlen) continue;
      if (count < minCount) {
        do this.sendCode(curlen, bl);
        while (--count !== 0);
      } else if (curlen !== 0) {
        if (curlen !== prevlen) {
          this.sendCode(curlen, bl);
          count--;
        }
        this.sendCode(REP_3_6, bl);
        this.sendBits(count - 3, 2);
      } else if (count <= 10) {
        this.sendCode(REPZ_3_10, bl);
        this.sendBits(count - 3, 3);
      } else {
        this.sendCode(REPZ_11_138, bl);
        this.sendBits(count - 11, 7);
      }
      count = 0;
      prevlen = curlen;
      if (nextlen === 0) {
        maxCount = 138;
        minCount = 3;
      } else if (curlen === nextlen) {
        maxCount = 6;
        minCount = 3;
      } else {
        maxCount = 7;
        minCount = 4;
      }
    }
  }

  /** Builds the code length tree; returns the index in BL_ORDER of the
   * last length to send (at least 3). */
  private buildBlTree(): number {
    this.scanTree(this.dynL, this.lMax);
    this.scanTree(this.dynD, this.dMax);
    this.blMax = this.buildTree(this.blTree, BL_KIND);
    let last: number;
    for (last = BL_CODES - 1; last >= 3; last--) if (this.blTree.dl[BL_ORDER[last]] !== 0) break;
    this.optLen += 3 * (last + 1) + 5 + 5 + 4;
    return last;
  }

  private sendAllTrees(lcodes: number, dcodes: number, blcodes: number): void {
    this.sendBits(lcodes - 257, 5);
    this.sendBits(dcodes - 1, 5);
    this.sendBits(blcodes - 4, 4);
    for (let rank = 0; rank < blcodes; rank++) this.sendBits(this.blTree.dl[BL_ORDER[rank]], 3);
    this.sendTree(this.dynL, lcodes - 1);
    this.sendTree(this.dynD, dcodes - 1);
  }

  /** Sends the block's symbols with the given trees. */
  private compressBlock(ltree: Tree, dtree: Tree): void {
    const s = this.symBuf;
    for (let sx = 0; sx < this.symNext; ) {
      let dist = s[sx] | (s[sx + 1] << 8);
      let lc = s[sx + 2];
      sx += 3;
      if (dist === 0) {
        this.sendCode(lc, ltree);
        continue;
      }
      let code = LENGTH_CODE[lc];
      this.sendCode(code + LITERALS + 1, ltree);
      let extra = EXTRA_LBITS[code];
      if (extra !== 0) {
        lc -= BASE_LENGTH[code];
        this.sendBits(lc, extra);
      }
      dist--;
      code = dCode(dist);
      this.sendCode(code, dtree);
      extra = EXTRA_DBITS[code];
      if (extra !== 0) {
        dist -= BASE_DIST[code];
        this.sendBits(dist, extra);
      }
    }
    this.sendCode(END_BLOCK, ltree);
  }

  /** A stored block of data[start, start+len) (data null: header only). */
  storedBlock(data: Uint8Array | null, start: number, len: number, last: number): void {
    this.sendBits((STORED_BLOCK << 1) + last, 3);
    this.biWindup();
    this.putShort(len & 0xffff);
    this.putShort(~len & 0xffff);
    if (len && data) this.pendingBuf.set(data.subarray(start, start + len), this.room(len));
    this.pending += len;
  }

  /** An empty static block, to give inflate enough lookahead (Z_PARTIAL_FLUSH). */
  align(): void {
    this.sendBits(STATIC_TREES << 1, 3);
    this.sendCode(END_BLOCK, STATIC_L);
    this.biFlush();
  }

  /** Ends the current block as stored, fixed or dynamic, whichever is
   * shortest; the stored form needs the block's input (window from start). */
  flushBlock(window: Uint8Array | null, start: number, storedLen: number, last: number): void {
    let optLenb: number, staticLenb: number;
    let maxBlindex = 0;
    if (this.level > 0) {
      this.lMax = this.buildTree(this.dynL, L_KIND);
      this.dMax = this.buildTree(this.dynD, D_KIND);
      maxBlindex = this.buildBlTree();
      optLenb = (this.optLen + 3 + 7) >>> 3;
      staticLenb = (this.staticLen + 3 + 7) >>> 3;
      if (staticLenb <= optLenb || this.strategy === 4) optLenb = staticLenb;
    } else optLenb = staticLenb = storedLen + 5;
    if (storedLen + 4 <= optLenb && window !== null) {
      this.storedBlock(window, start, storedLen, last);
    } else if (staticLenb === optLenb) {
      this.sendBits((STATIC_TREES << 1) + last, 3);
      this.compressBlock(STATIC_L, STATIC_D);
    } else {
      this.sendBits((DYN_TREES << 1) + last, 3);
      this.sendAllTrees(this.lMax + 1, this.dMax + 1, maxBlindex + 1);
      this.compressBlock(this.dynL, this.dynD);
    }
    this.initBlock();
    if (last) this.biWindup();
  }
}

serial(ZTree);
