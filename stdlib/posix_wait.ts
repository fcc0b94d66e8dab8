// os.read and os.write on pipes without stopping other Python threads: the
// calling thread tries the pipe's non-blocking twin (src/host/fds.ts) and,
// when it would have to wait, parks and retries on a timer that backs off
// (the src/vm/blocking.ts pattern). Inside a nested VM loop, where a
// thread cannot park, the call blocks the process on the descriptor itself.

import { None, SUSPEND, type Py, serial } from '../src/objects/base';
import { PyBytes } from '../src/objects/bytesutil';
import { NativeFrame } from '../src/vm/frame';
import { current, type Thread } from '../src/vm/thread';
import { wake } from '../src/vm/interp';
import { pushFrame } from '../src/vm/blocking';
import { osError } from '../src/builtins/oserror';
import * as fds from '../src/host/fds';

const FIRST_DELAY = 1, MAX_DELAY = 50;

/** Waits for a pipe to give bytes (read) or take all of `data` (write). */
export class PipeWait extends NativeFrame {
  timer: ReturnType<typeof setTimeout> | null = null;
  delay = FIRST_DELAY;
  done = 0;
  /** a result obtained by waitSync, handed out by the next step */
  ready: Py | null = null;
  constructor(public fd: number, public n: number, public data: Uint8Array | null) {
    super(null);
  }
  attempt(): Py | null {
    try {
      if (this.data === null) {
        const got = fds.tryRead(this.fd, this.n);
        return got === null ? null : new PyBytes(new Uint8Array(got));
      }
      while (this.done < this.data.length) {
        const k = fds.tryWrite(this.fd, this.data.subarray(this.done));
        if (k === null) return null;
        this.done += k;
      }
      return this.done;
    } catch (e) {
      throw osError(e);
    }
  }
  step(t: Thread): Py {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (t.exc) {
      const e = t.exc;
      t.exc = null;
      throw e;
    }
    if (this.ready !== null) return this.ready;
    const r = this.attempt();
    if (r !== null) return r;
    this.timer = setTimeout(() => {
      this.timer = null;
      wake(t);
    }, this.delay);
    this.delay = Math.min(MAX_DELAY, this.delay * 2);
    t.blocked = true;
    return SUSPEND;
  }
  /** In a nested VM loop the thread cannot park: block the process. */
  waitSync(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    try {
      if (this.data === null) this.ready = new PyBytes(new Uint8Array(fds.readBlocking(this.fd, this.n)));
      else {
        while (this.done < this.data.length) this.done += fds.write(this.fd, this.data.subarray(this.done));
        this.ready = this.done;
      }
    } catch (e) {
      throw osError(e);
    }
  }
}

/** os.read on a pipe: the bytes at once if there are any, else parks. */
export function pipeRead(fd: number, n: number): Py {
  const w = new PipeWait(fd, n, null);
  const r = w.attempt();
  return r !== null ? r : pushFrame(current, w);
}

/** os.write on a pipe: all of data, parking while the pipe is full. */
export function pipeWrite(fd: number, data: Uint8Array): Py {
  const w = new PipeWait(fd, 0, data);
  const r = w.attempt();
  return r !== null ? r : pushFrame(current, w);
}

void None;
serial(PipeWait);
