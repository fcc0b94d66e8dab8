// The parent's end of a pipe to a child process (Popen.stdin/stdout/stderr,
// os.popen's file), and the frame that parks a Python thread until a child
// or a pipe has something for it (src/vm/blocking.ts pattern). Reads that
// cannot be answered yet park only the calling thread; the live stream
// stays in src/host/process.ts, this object holds its number.
// https://docs.python.org/3.11/library/subprocess.html#subprocess.Popen.stdout

import { T, None, STOP, SUSPEND, type Py, serial } from '../src/objects/base';
import type { PyType } from '../src/objects/type';
import { PyList } from '../src/objects/list';
import { PyBytes, bytesValue } from '../src/objects/bytesutil';
import { NativeIter, iterToArray } from '../src/objects/iter';
import { methods, getsets, newType } from '../src/objects/typesetup';
import { TypeError, ValueError, RuntimeError, exc } from '../src/objects/raise';
import { typeName } from '../src/objects/typeof';
import { strValue } from '../src/objects/strutil';
import { intValue } from '../src/objects/intutil';
import { encode, decode } from '../src/objects/codecs';
import { NativeFrame } from '../src/vm/frame';
import type { Thread } from '../src/vm/thread';
import { current } from '../src/vm/thread';
import { wake } from '../src/vm/interp';
import { pushFrame } from '../src/vm/blocking';
import { osErrorCode } from '../src/builtins/oserror';
import * as host from '../src/host/process';
import { onCollect } from '../src/host/weak';

export class PipeFile extends NativeIter {
  /** host pipe number; 0 once closed */
  h = 0;
  fd = -1;
  reader = true;
  /** text encoding, or '' for a binary stream */
  enc = '';
  errors = 'strict';
  /** decoded text not handed out yet; a held-back '\r'; undecoded tail */
  pend = '';
  cr = false;
  tail: Uint8Array = new Uint8Array(0);
  eof = false;
  /** os.popen: the child to wait for on close(), else 0 */
  proc = 0;
  closed = false;
  next(): Py {
    check(this, true, 'readline');
    return park(Op.Next, this, -1);
  }
}

export const enum Op {
  Wait,
  Read,
  Line,
  Next,
  NextRaise,
  Lines,
  Write,
  Drain,
  CloseWait,
  Status,
  Spawn,
  Flush,
}

/** Starts the child a spawn request (a tuple) describes, with the pipes
 * made for it; set by _pysproc.ts. */
export const spawner: { run: (req: Py, pairs: [number, number][]) => Py } = { run: () => None };

const cancels = new WeakMap<object, () => void>();

/** Parks the thread until the operation can answer (or the deadline, a
 * performance.now() time, passes; -1 = none). */
export class ProcWait extends NativeFrame {
  timer: ReturnType<typeof setTimeout> | null = null;
  constructor(public op: Op, public obj: Py, public a: number, public deadline: number) {
    super(null);
  }
  step(t: Thread): Py {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    cancels.get(this)?.();
    if (t.exc) {
      const e = t.exc;
      t.exc = null;
      throw e;
    }
    const r = attempt(this.op, this.obj, this.a);
    if (r !== undefined) return r;
    if (this.deadline >= 0) {
      const left = this.deadline - performance.now();
      if (left <= 0) return this.op === Op.Drain ? false : None;
      this.timer = setTimeout(() => {
        this.timer = null;
        if (t.frame === this) wake(t);
      }, Math.min(Math.ceil(left), 0x7fffffff));
    }
    cancels.set(this, host.onEvent(() => {
      if (t.frame === this) wake(t);
    }));
    t.blocked = true;
    return SUSPEND;
  }
  /** In a nested VM loop the thread cannot park: block the process. */
  waitSync(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    cancels.get(this)?.();
    switch (this.op) {
      case Op.Read:
      case Op.Line:
      case Op.Next:
      case Op.NextRaise:
      case Op.Lines:
        host.pipeFillSync((this.obj as PipeFile).h);
        return;
      case Op.Wait:
      case Op.Status:
      case Op.CloseWait:
        if (host.waitSync(this.a)) return;
        break;
      case Op.Spawn:
        host.makePipesSync();
        return;
      case Op.Write:
        // the data stays queued in Node; it goes out once the loop runs
        host.settleWrite(this.a);
        return;
      case Op.Flush:
        this.a = 0;
        return;
    }
    throw RuntimeError('cannot block inside a nested call from native code (e.g. inside __eq__ or a sort key)');
  }
}

/** Answers now if it can, else parks the current thread. */
export function park(op: Op, obj: Py, a: number, timeout = -1): Py {
  const r = attempt(op, obj, a);
  if (r !== undefined) return r;
  if (timeout === 0) return op === Op.Drain ? false : None;
  return pushFrame(current, new ProcWait(op, obj, a, timeout > 0 ? performance.now() + timeout * 1000 : -1));
}

/** The result of op, or undefined when it must wait. */
function attempt(op: Op, obj: any, a: number): Py | undefined {
  switch (op) {
    case Op.Wait:
    case Op.Status:
    case Op.CloseWait: {
      const rc = host.returnCode(a);
      if (rc === undefined) throw osErrorCode('ECHILD');
      if (rc === null) return undefined;
      if (op === Op.Wait) return rc;
      host.releaseChild(a);
      if (op === Op.CloseWait && obj === false) return None;
      if (op === Op.Status) return rc >= 0 ? (rc & 0xff) << 8 : -rc & 0x7f;
      return rc === 0 ? None : rc << 8;
    }
    case Op.Read:
      return readOp(obj as PipeFile, a);
    case Op.Line:
    case Op.Next:
    case Op.NextRaise: {
      const f = obj as PipeFile;
      const line = lineOp(f, a);
      if (line === undefined || op === Op.Line) return line;
      if (line === '' || (line instanceof PyBytes && line.v.length === 0)) {
        if (op === Op.Next) return STOP;
        throw exc(T.StopIteration);
      }
      return line;
    }
    case Op.Lines: {
      const all = readOp(obj as PipeFile, -1);
      if (all === undefined) return undefined;
      return new PyList(splitLines(all));
    }
    case Op.Write: {
      const r = host.writeResult(a);
      if (r === null) return undefined;
      if (r) throw osErrorCode(r);
      return obj;
    }
    case Op.Spawn: {
      const pairs = host.takePipes(a);
      if (pairs === null) return undefined;
      if (typeof pairs === 'string') throw osErrorCode(pairs);
      return spawner.run(obj, pairs);
    }
    case Op.Flush: {
      const r = host.pipeFlushed(a);
      if (r === null) return undefined;
      if (r) throw osErrorCode(r);
      return None;
    }
    case Op.Drain: {
      // every pipe is looked at (which starts reading it): a child blocked
      // writing its stdout would never read the rest of its stdin
      let done = true;
      for (const f of (obj as PyList).items) {
        if (f instanceof PipeFile && f.h && !host.pipeDone(f.h)) done = false;
      }
      return done ? true : undefined;
    }
  }
  return undefined;
}

/** readlines(): the lines of all that is left. */
function splitLines(all: Py): Py[] {
  const out: Py[] = [];
  if (all instanceof PyBytes) {
    const b = all.v;
    let s = 0;
    for (let i = 0; i < b.length; i++) if (b[i] === 10) {
      out.push(new PyBytes(b.slice(s, i + 1)));
      s = i + 1;
    }
    if (s < b.length) out.push(new PyBytes(b.slice(s)));
    return out;
  }
  const s = all as string;
  let k = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', k)) {
    out.push(s.slice(k, i + 1));
    k = i + 1;
  }
  if (k < s.length) out.push(s.slice(k));
  return out;
}

// ---- text -------------------------------------------------------------------

/** Length of the end of b that is an unfinished UTF-8 sequence. */
function utf8Partial(b: Uint8Array): number {
  for (let k = 1; k <= Math.min(3, b.length); k++) {
    const c = b[b.length - k];
    if ((c & 0xc0) === 0x80) continue;
    const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    return need > k ? k : 0;
  }
  return 0;
}

/** Decodes a chunk (keeping an unfinished character for later) and turns
 * '\r\n' and '\r' into '\n' (universal newlines, as text-mode pipes do). */
function decodeChunk(f: PipeFile, b: Uint8Array, final: boolean): string {
  let bytes = b;
  if (f.tail.length) {
    bytes = new Uint8Array(f.tail.length + b.length);
    bytes.set(f.tail);
    bytes.set(b, f.tail.length);
  }
  let keep = 0;
  if (!final && /^utf-?8$/i.test(f.enc)) keep = utf8Partial(bytes);
  f.tail = bytes.slice(bytes.length - keep);
  let s = (f.cr ? '\r' : '') + decode(bytes.subarray(0, bytes.length - keep), f.enc, f.errors);
  f.cr = false;
  if (!final && s.endsWith('\r')) {
    f.cr = true;
    s = s.slice(0, -1);
  }
  return s.replace(/\r\n?/g, '\n');
}

const HIGH_SURROGATE = /[\ud800-\udbff]/;

/** The first n code points of s, the rest, and how many the first part has. */
function cpSlice(s: string, n: number): [string, string, number] {
  // without characters beyond the BMP (the common case) code units are
  // code points, and a native search beats counting them one by one
  const first = s.length <= n ? s : s.slice(0, n);
  if (!HIGH_SURROGATE.test(first)) return [first, s.slice(first.length), first.length];
  let i = 0;
  let k = 0;
  while (i < s.length && k < n) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c < 0xdc00 ? 2 : 1;
    k++;
  }
  return [s.slice(0, i), s.slice(i), k];
}

function check(f: PipeFile, reading: boolean, op = ''): void {
  if (f.closed) throw ValueError(op && !f.enc ? `${op}${op.endsWith(' to') ? '' : ' of'} closed file` : 'I/O operation on closed file.');
  if (reading !== f.reader) throw exc(T.UnsupportedOperation ?? T.OSError, reading ? 'not readable' : 'not writable');
}

function readOp(f: PipeFile, n: number): Py | undefined {
  if (!f.enc) {
    const b = host.pipeTake(f.h, n, n === -2);
    return b === null ? undefined : new PyBytes(b);
  }
  if (n < 0) {
    const b = host.pipeTake(f.h, -1);
    if (b === null) return undefined;
    const s = f.pend + decodeChunk(f, b, true);
    f.pend = '';
    return s;
  }
  for (;;) {
    const [head, rest, k] = cpSlice(f.pend, n);
    if (rest.length || k >= n || f.eof) {
      f.pend = rest;
      return head;
    }
    const b = host.pipeTake(f.h, 65536, true);
    if (b === null) return undefined;
    if (b.length === 0) {
      f.eof = true;
      f.pend += decodeChunk(f, b, true);
    } else f.pend += decodeChunk(f, b, false);
  }
}

function lineOp(f: PipeFile, limit: number): Py | undefined {
  if (!f.enc) {
    const b = host.pipeTakeLine(f.h, limit);
    return b === null ? undefined : new PyBytes(b);
  }
  for (;;) {
    const i = f.pend.indexOf('\n');
    if (i >= 0 && (limit < 0 || i < limit)) {
      const line = f.pend.slice(0, i + 1);
      f.pend = f.pend.slice(i + 1);
      return line;
    }
    if (limit >= 0 && f.pend.length >= limit) {
      const [head, rest] = cpSlice(f.pend, limit);
      f.pend = rest;
      return head;
    }
    if (f.eof) {
      const s = f.pend;
      f.pend = '';
      return s;
    }
    const b = host.pipeTake(f.h, -1, true);
    if (b === null) return undefined;
    if (b.length === 0) {
      f.eof = true;
      f.pend += decodeChunk(f, b, true);
    } else f.pend += decodeChunk(f, b, false);
  }
}

// ---- the type -------------------------------------------------------------------

let pipeType: PyType | null = null;

/** A pipe file over host pipe h: mode 'r'/'w' (+ 'b'), text encoding or ''. */
export function makePipeFile(h: number, reader: boolean, enc: string, errors: string, proc = 0): PipeFile {
  const f = new PipeFile(pipeFileType());
  f.h = h;
  f.fd = host.pipeFd(h);
  f.reader = reader;
  f.enc = enc;
  f.errors = errors;
  f.proc = proc;
  // as CPython closes a file object it collects
  onCollect(f, () => host.pipeClose(h));
  return f;
}

function P(x: Py): PipeFile {
  if (!(x instanceof PipeFile)) throw TypeError(`descriptor requires a '_pysproc.PipeFile' object but received '${typeName(x)}'`);
  return x;
}

function sizeOf(x: Py): number {
  if (x === None || x === undefined) return -1;
  const v = intValue(x);
  if (v === null) throw TypeError(`argument should be integer or None, not '${typeName(x)}'`);
  return Number(v) < 0 ? -1 : Number(v);
}

function closeFile(f: PipeFile, quiet = false): Py {
  if (f.closed) return None;
  f.closed = true;
  host.pipeClose(f.h);
  if (f.proc) return park(Op.CloseWait, !quiet, f.proc);
  return None;
}

/** Writes x; the call's value is the count written, or `result` if given. */
function writeData(f: PipeFile, x: Py, result?: Py): Py {
  let b: Uint8Array | null;
  let n: number;
  if (f.enc) {
    const s = strValue(x);
    if (s === null) throw TypeError(`write() argument must be str, not ${typeName(x)}`);
    b = encode(s, f.enc, f.errors);
    n = [...s].length;
  } else {
    b = bytesValue(x) ?? ((x as any)?.cls === T.memoryview ? (x as any).bytes() : null);
    if (!b) throw TypeError(`a bytes-like object is required, not '${typeName(x)}'`);
    n = b.length;
  }
  check(f, false, 'write to');
  if (!b.length) return result ?? n;
  return park(Op.Write, result ?? n, host.pipeWrite(f.h, b));
}

/** The type of the pipe files (created once per process). */
export function pipeFileType(): PyType {
  if (pipeType) return pipeType;
  const t = newType('PipeFile', T.object, (cls) => new PipeFile(cls), { module: '_pysproc' });
  t.tpName = '_pysproc.PipeFile';
  methods(t, {
    read: ['self, size=-1, /', (self: Py, n: Py) => {
      const f = P(self);
      check(f, true, 'read');
      return park(Op.Read, f, sizeOf(n));
    }],
    read1: ['self, size=-1, /', (self: Py, n: Py) => {
      const f = P(self);
      if (f.enc) throw exc(T.AttributeError, "'_io.TextIOWrapper' object has no attribute 'read1'");
      check(f, true, 'read');
      const k = sizeOf(n);
      return park(Op.Read, f, f.enc ? (k < 0 ? 65536 : k) : k < 0 ? -2 : k === 0 ? 0 : k);
    }],
    readline: ['self, size=-1, /', (self: Py, n: Py) => {
      const f = P(self);
      check(f, true, 'readline');
      return park(Op.Line, f, sizeOf(n));
    }],
    readlines: ['self, hint=-1, /', (self: Py) => {
      const f = P(self);
      check(f, true);
      return park(Op.Lines, f, -1);
    }],
    write: ['self, data, /', (self: Py, x: Py) => writeData(P(self), x)],
    writelines: ['self, lines, /', (self: Py, lines: Py) => {
      const f = P(self);
      const items = iterToArray(lines);
      if (f.enc) {
        const parts = items.map((x) => {
          const s = strValue(x);
          if (s === null) throw TypeError(`write() argument must be str, not ${typeName(x)}`);
          return s;
        });
        return writeData(f, parts.join(''), None);
      }
      const parts = items.map((x) => {
        const b = bytesValue(x) ?? ((x as any)?.cls === T.memoryview ? (x as any).bytes() : null);
        if (!b) throw TypeError(`a bytes-like object is required, not '${typeName(x)}'`);
        return b as Uint8Array;
      });
      return writeData(f, new PyBytes(Buffer.concat(parts)), None);
    }],
    flush: ['self, /', (self: Py) => {
      const f = P(self);
      if (f.closed) throw ValueError(f.enc ? 'I/O operation on closed file.' : 'flush of closed file');
      return f.reader ? None : park(Op.Flush, None, f.h);
    }],
    close: ['self, /', (self: Py) => closeFile(P(self))],
    fileno: ['self, /', (self: Py) => {
      const f = P(self);
      if (f.closed) throw ValueError('I/O operation on closed file');
      return f.fd;
    }],
    readable: ['self, /', (self: Py) => P(self).reader],
    writable: ['self, /', (self: Py) => !P(self).reader],
    seekable: ['self, /', () => false],
    isatty: ['self, /', () => false],
    __iter__: ['self, /', (self: Py) => {
      check(P(self), true);
      return self;
    }],
    __next__: ['self, /', (self: Py) => {
      const f = P(self);
      check(f, true, 'readline');
      return park(Op.NextRaise, f, -1);
    }],
    __enter__: ['self, /', (self: Py) => {
      if (P(self).closed) throw ValueError('I/O operation on closed file.');
      return self;
    }],
    __exit__: ['self, *args', (self: Py) => closeFile(P(self), true)],
    __repr__: ['self, /', (self: Py) => {
      const f = P(self);
      // as CPython's reprs of the objects it would have made
      if (f.enc) return `<_io.TextIOWrapper name=${f.fd} encoding='${f.enc}'>`;
      return `<_io.Buffered${f.reader ? 'Reader' : 'Writer'} name=${f.fd}>`;
    }],
  });
  getsets(t, {
    closed: [(self: Py) => P(self).closed],
    mode: [(self: Py) => {
      // as on CPython's text wrapper around a pipe, only binary pipes have one
      if (P(self).enc) throw exc(T.AttributeError, "'_io.TextIOWrapper' object has no attribute 'mode'");
      return P(self).reader ? 'rb' : 'wb';
    }],
    name: [(self: Py) => P(self).fd],
    encoding: [(self: Py) => P(self).enc || None],
    errors: [(self: Py) => (P(self).enc ? P(self).errors : None)],
  });
  pipeType = t;
  return t;
}

serial(PipeFile, ProcWait);
