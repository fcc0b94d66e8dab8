// os.read and os.write on pipes without stopping other Python threads: the
// calling thread tries the pipe's non-blocking twin (src/host/fds.ts) and,
// when it would have to wait, parks and retries on a timer that backs off
// (PollWait in src/vm/blocking.ts). Inside a nested VM loop, where a
// thread cannot park, the call blocks the process on the descriptor itself.

import { type Py, serial } from '../src/objects/base';
import { PyBytes } from '../src/objects/bytesutil';
import { current } from '../src/vm/thread';
import { pushFrame, PollWait } from '../src/vm/blocking';
import { osError } from '../src/builtins/oserror';
import * as fds from '../src/host/fds';

/** Waits for a pipe to give bytes (read) or take all of `data` (write). */
export class PipeWait extends PollWait {
  done = 0;
  constructor(public fd: number, public n: number, public data: Uint8Array | null) {
    super();
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
  attemptSync(): Py {
    try {
      if (this.data === null) return new PyBytes(new Uint8Array(fds.readBlocking(this.fd, this.n)));
      while (this.done < this.data.length) this.done += fds.write(this.fd, this.data.subarray(this.done));
      return this.done;
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

serial(PipeWait);
