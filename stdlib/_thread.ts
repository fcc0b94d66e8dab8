// _thread: green threads and their locks
// (https://docs.python.org/3.11/library/_thread.html). A thread is a VM
// Thread (src/vm/thread.ts) run in slices by the interpreter's scheduler; a
// contended acquire parks the calling thread in a LockWait frame, so only
// that thread waits. Release does not hand the lock over: it wakes the first
// waiter, which retries (as with CPython's locks, the releasing thread may
// take the lock again first).

import { T, None, SUSPEND, PyObject, serial, type Py } from '../src/objects/base';
import { PyModule } from '../src/objects/module';
import { PyType } from '../src/objects/type';
import { PyTuple } from '../src/objects/tuple';
import { PyDict } from '../src/objects/dict';
import { PyFloat } from '../src/objects/float';
import { PyBaseException } from '../src/objects/exceptions';
import { builtinType } from '../src/objects/type';
import { methods, getsets, attrs } from '../src/objects/typesetup';
import { natives } from '../src/objects/builtinfunc';
import { TypeError, ValueError, OverflowError, RuntimeError } from '../src/objects/raise';
import { exc } from '../src/objects/raise';
import { objectId } from '../src/objects/identity';
import { repr, truthy } from '../src/objects/protocol';
import { typeOf } from '../src/objects/typeof';
import { NativeFrame } from '../src/vm/frame';
import { Thread, TS, current } from '../src/vm/thread';
import { wake, type Interpreter } from '../src/vm/interp';
import { pushFrame, TimedWait, takeExc } from '../src/vm/blocking';
import { callV, callSync } from '../src/vm/call';
import { toPyException } from '../src/vm/run';
import { formatException } from '../src/vm/traceback';
import { getattr } from '../src/objects/attrs';
import { processId as hostPid } from '../src/host/ident';
import { toFloat } from '../src/objects/floatmethods';
import { index } from '../src/objects/int';
import { MISSING } from '../src/objects/base';

/** CPython's limit on Linux (PY_TIMEOUT_MAX in seconds). */
const TIMEOUT_MAX = 9223372036.0;

/** Thread idents as Python shows them: pthread_t-like values (CPython's
 * are addresses), derived from the VM's small thread numbers. */
export const identOf = (t: Thread): number => 139637976727552 + (t.ident - 1) * 8392704;

const addr = (o: Py) => '0x' + objectId(o).toString(16).padStart(12, '0');

/** What Lock and RLock share: the threads parked on them, first come first. */
abstract class Waitable extends PyObject {
  waiters: LockWait[] = [];
  abstract tryTake(t: Thread): boolean;
  abstract isFree(): boolean;
  /** Lets the first waiter retry (it may find the lock taken again). */
  wakeOne(): void {
    const w = this.waiters[0];
    if (w !== undefined && w.thread !== null) wake(w.thread);
  }
}

class LockObj extends Waitable {
  held = false;
  /** The thread that took it (any thread may release a plain lock). */
  holder: Thread | null = null;
  tryTake(t: Thread): boolean {
    if (this.held) return false;
    this.held = true;
    this.holder = t;
    return true;
  }
  isFree(): boolean {
    return !this.held;
  }
}

class RLockObj extends Waitable {
  owner: Thread | null = null;
  count = 0;
  tryTake(t: Thread): boolean {
    if (this.owner === null) {
      this.owner = t;
      this.count = 1;
      return true;
    }
    if (this.owner === t) {
      this.count++;
      return true;
    }
    return false;
  }
  isFree(): boolean {
    return this.owner === null;
  }
}

/** A thread waiting for a lock, until `deadline` (performance.now() ms). */
class LockWait extends TimedWait {
  /** Set while queued on the lock. */
  thread: Thread | null = null;
  constructor(public lock: Waitable, public deadline: number) {
    super();
  }
  step(t: Thread): Py {
    this.clearTimer();
    const e = takeExc(t);
    if (e !== null) {
      this.leave();
      throw e;
    }
    if (this.lock.tryTake(t)) {
      this.leave();
      return true;
    }
    const left = this.deadline - performance.now();
    if (left <= 0) {
      this.leave();
      return false;
    }
    if (this.thread === null) {
      this.thread = t;
      this.lock.waiters.push(this);
    }
    if (this.deadline !== Infinity) this.armTimer(t, left);
    t.blocked = true;
    return SUSPEND;
  }
  override abandon(): void {
    super.abandon();
    this.leave();
  }
  /** Leaves the queue; a free lock then goes to the next waiter. */
  private leave(): void {
    if (this.thread === null) return;
    this.thread = null;
    const w = this.lock.waiters, i = w.indexOf(this);
    if (i >= 0) w.splice(i, 1);
    if (this.lock.isFree()) this.lock.wakeOne();
  }
}

/** acquire(blocking=True, timeout=-1): the deadline, or null for "try once". */
function deadlineOf(blocking: Py, timeout: Py): number | null {
  const block = truthy(blocking);
  let secs = -1;
  if (timeout !== undefined && timeout !== None) {
    // CPython's _PyTime conversion: a float, or anything with __index__
    if (!(timeout instanceof PyFloat) && typeOf(timeout).lookup('__index__') === MISSING) {
      throw TypeError(`'${typeOf(timeout).name}' object cannot be interpreted as an integer`);
    }
    secs = toFloat(timeout);
  }
  if (!block && secs !== -1) throw ValueError("can't specify a timeout for a non-blocking call");
  if (secs < 0 && secs !== -1) throw ValueError('timeout value must be positive');
  if (secs > TIMEOUT_MAX) throw OverflowError('timestamp out of range for platform time_t');
  if (!block) return null;
  return secs === -1 ? Infinity : performance.now() + secs * 1000;
}

function acquire(lock: Waitable, blocking: Py, timeout: Py): Py {
  // intValue gives CPython's error for a non-integer `blocking`
  if (typeof blocking !== 'boolean' && blocking !== undefined) index(blocking);
  const deadline = deadlineOf(blocking === undefined ? true : blocking, timeout);
  const t = current;
  if (lock.tryTake(t)) return true;
  if (deadline === null) return false;
  if (deadline <= performance.now()) return false;
  return pushFrame(t, new LockWait(lock, deadline));
}

function releaseLock(l: LockObj): Py {
  if (!l.held) throw RuntimeError('release unlocked lock');
  l.held = false;
  l.holder = null;
  if (l.waiters.length) l.wakeOne();
  return None;
}

function releaseRLock(l: RLockObj): Py {
  if (l.owner !== current) throw RuntimeError('cannot release un-acquired lock');
  if (--l.count === 0) {
    l.owner = null;
    if (l.waiters.length) l.wakeOne();
  }
  return None;
}

/** threading.local's storage: one attribute dict per thread, made on the
 * thread's first access (calling __init__ again there, as CPython does). */
class LocalObj extends PyObject {
  dicts = new Map<Thread, PyDict>();
  initArgs: Py[] = [];
  initKw: string[] | null = null;
  constructor(cls: PyType) {
    super(cls);
    Object.defineProperty(this, 'dict', {
      get: () => this.forThread(current),
      set: () => {},
      configurable: true,
    });
  }
  forThread(t: Thread): PyDict {
    let d = this.dicts.get(t);
    if (d === undefined) {
      d = new PyDict();
      this.dicts.set(t, d);
      if (t.state === TS.Done) return d;
      const init = typeOf(this).lookup('__init__');
      if (this.dicts.size > 1 && init !== T.object.dict.getS('__init__')) {
        callSync(init, [this, ...this.initArgs], this.initKw);
      }
    }
    return d;
  }
}

/** The frame a new thread starts on: calls the function, then reports an
 * exception that escaped it (SystemExit ends the thread quietly). */
class Boot extends NativeFrame {
  started = false;
  constructor(public target: Py, public args: Py[], public kwnames: string[] | null) {
    super(null);
  }
  step(t: Thread): Py {
    if (!this.started) {
      this.started = true;
      let r: Py;
      try {
        r = callV(t, this.target, this.args, this.kwnames);
      } catch (e) {
        return this.failed(toPyException(e));
      }
      if (r === SUSPEND) return SUSPEND;
      return None;
    }
    if (t.exc !== null) {
      const e = t.exc;
      t.exc = null;
      return this.failed(e);
    }
    return None;
  }
  private failed(e: PyBaseException): Py {
    if (e.cls.isSubtype(T.SystemExit)) return None;
    try {
      const text = `Exception ignored in thread started by: ${repr(this.target)}\n` + formatException(e).join('');
      callSync(getattr(current.interp.sys.dict.getS('stderr')!, 'write'), [text]);
    } catch {
      // stderr is gone: nothing left to tell
    }
    return None;
  }
}

serial(LockObj, RLockObj, LockWait, LocalObj, Boot);

/** Per interpreter: the non-daemon threads the exit waits for. */
class Registry {
  nonDaemon = new Set<Thread>();
  onFinish: (() => void) | null = null;
  started = 0;
  running = 0;
}

function startThread(interp: Interpreter, reg: Registry, fn: Py, args: Py[], kwnames: string[] | null, daemon: boolean): number {
  const t = new Thread(interp);
  t.frame = new Boot(fn, args, kwnames);
  t.depth = 1;
  interp.threads.add(t);
  reg.running++;
  if (!daemon) reg.nonDaemon.add(t);
  t.onDone = (th) => {
    reg.running--;
    if (reg.nonDaemon.delete(th) && reg.onFinish) reg.onFinish();
  };
  interp.schedule(t);
  return identOf(t);
}

/** Creates the _thread module for `interp`. */
export function init(interp: Interpreter): PyModule {
  const m = new PyModule('_thread');
  const d = m.dict;
  d.setS('__doc__', 'This module provides primitive operations to write multi-threaded programs.\nThe \'threading\' module provides a more convenient interface.');
  const reg = new Registry();

  // the end of the main thread waits for the non-daemon threads
  interp.shutdownHooks.push((done) => {
    const check = () => {
      for (const t of reg.nonDaemon) if (t.state === TS.Done) reg.nonDaemon.delete(t);
      if (reg.nonDaemon.size) return false;
      reg.onFinish = null;
      done();
      return true;
    };
    if (!check()) reg.onFinish = check;
  });

  const lockType = builtinType('lock', T.object, () => {
    throw TypeError("cannot create '_thread.lock' instances");
  }, { module: '_thread', final: true });
  lockType.tpName = '_thread.lock';
  const lockMethods = {
    acquire: ['self, blocking=True, timeout=-1', acquire],
    release: ['self, /', releaseLock],
    locked: ['self, /', (l: LockObj) => l.held],
    // for threading.Condition: held by the calling thread
    _is_owned: ['self, /', (l: LockObj) => l.held && l.holder === current],
    __enter__: ['self, /', (l: LockObj) => acquire(l, true, undefined)],
    __exit__: ['self, exc_type=None, exc_value=None, traceback=None, /', (l: LockObj) => releaseLock(l)],
    _at_fork_reinit: ['self, /', (l: LockObj) => {
      l.held = false;
      l.holder = null;
      l.waiters.length = 0;
      return None;
    }],
    __repr__: ['self, /', (l: LockObj) => `<${l.held ? 'locked' : 'unlocked'} _thread.lock object at ${addr(l)}>`],
  } as const;
  methods(lockType, lockMethods as any);
  methods(lockType, {
    acquire_lock: lockMethods.acquire as any,
    release_lock: lockMethods.release as any,
    locked_lock: lockMethods.locked as any,
  });

  const rlockType = builtinType('RLock', T.object, (cls) => new RLockObj(cls), { module: '_thread' });
  rlockType.tpName = '_thread.RLock';
  methods(rlockType, {
    acquire: ['self, blocking=True, timeout=-1', acquire],
    release: ['self, /', releaseRLock],
    __enter__: ['self, /', (l: RLockObj) => acquire(l, true, undefined)],
    __exit__: ['self, exc_type=None, exc_value=None, traceback=None, /', (l: RLockObj) => releaseRLock(l)],
    _is_owned: ['self, /', (l: RLockObj) => l.owner === current],
    _recursion_count: ['self, /', (l: RLockObj) => (l.owner === current ? l.count : 0)],
    // Condition.wait gives the lock up entirely and takes it back after
    _release_save: ['self, /', (l: RLockObj) => {
      if (l.count === 0) throw RuntimeError('cannot release un-acquired lock');
      const saved = new PyTuple([l.count, identOf(l.owner!)]);
      l.count = 0;
      l.owner = null;
      if (l.waiters.length) l.wakeOne();
      return saved;
    }],
    _acquire_restore: ['self, state, /', (l: RLockObj, state: Py) => {
      const count = (state as PyTuple).items[0] as number;
      const r = acquire(l, true, undefined);
      // taken now (count 1) or after the wait: the count is set by the
      // restore step below either way
      if (r === SUSPEND) {
        current.frame = wrapRestore(current.frame as LockWait, l, count);
        return SUSPEND;
      }
      l.count = count;
      return None;
    }],
    _at_fork_reinit: ['self, /', (l: RLockObj) => {
      l.owner = null;
      l.count = 0;
      l.waiters.length = 0;
      return None;
    }],
    __repr__: ['self, /', (l: RLockObj) => {
      const owner = l.owner === null ? 0 : identOf(l.owner);
      return `<${l.owner ? 'locked' : 'unlocked'} _thread.RLock object owner=${owner} count=${l.count} at ${addr(l)}>`;
    }],
  });

  const localType = builtinType('_local', T.object, (cls) => new LocalObj(cls), { module: '_thread' });
  localType.tpName = '_thread._local';
  localType.hasDict = true;
  methods(localType, {
    __new__: ['cls, /, *args, **kwargs', (cls: PyType, args: Py[], kw: PyDict) => {
      if ((args.length || kw.size) && cls.lookup('__init__') === T.object.dict.getS('__init__')) {
        throw TypeError('Initialization arguments are not supported');
      }
      const o = new LocalObj(cls);
      o.initArgs = [...args, ...kw.m.values()];
      o.initKw = kw.size ? [...kw.m.keys()] as string[] : null;
      return o;
    }],
  });
  getsets(localType, {
    __dict__: [(o: LocalObj) => o.forThread(current)],
  });

  const fns = natives({
    start_new_thread: ['function, args, kwargs=None, /', (fn: Py, args: Py, kw: Py) => start(fn, args, kw, true)],
    _start_thread: ['function, daemon, /', (fn: Py, daemon: Py) => startThread(interp, reg, fn, [], null, truthy(daemon))],
    allocate_lock: ['', () => new LockObj(lockType)],
    get_ident: ['', () => identOf(current)],
    get_native_id: ['', () => nativeId(current)],
    exit: ['', () => {
      throw exc(T.SystemExit);
    }],
    interrupt_main: ['signum=2, /', () => {
      interp.interrupt();
      return None;
    }],
    stack_size: ['size=0, /', (size: Py) => {
      const n = Number(index(size));
      if (n !== 0 && n < 32768) throw ValueError(`size not valid: ${n} bytes`);
      return 0;
    }],
    _count: ['', () => reg.running],
  }, { module: '_thread' });
  const start = (fn: Py, args: Py, kw: Py, daemon: boolean) => {
    if (typeOf(fn).lookup('__call__') === MISSING) throw TypeError('first arg must be callable');
    if (!(args instanceof PyTuple)) throw TypeError('2nd arg must be a tuple');
    if (kw !== undefined && kw !== None && !(kw instanceof PyDict)) throw TypeError('optional 3rd arg must be a dictionary');
    const a = args.items.slice();
    let names: string[] | null = null;
    if (kw instanceof PyDict && kw.size) {
      names = [];
      for (const [k, v] of kw.entries()) {
        names.push(k as string);
        a.push(v);
      }
    }
    return startThread(interp, reg, fn, a, names, daemon);
  };
  for (const [k, v] of Object.entries(fns)) d.setS(k, v);
  d.setS('start_new', fns.start_new_thread);
  d.setS('allocate', fns.allocate_lock);
  d.setS('exit_thread', fns.exit);
  d.setS('LockType', lockType);
  d.setS('RLock', rlockType);
  d.setS('_local', localType);
  d.setS('error', T.RuntimeError);
  d.setS('TIMEOUT_MAX', new PyFloat(TIMEOUT_MAX));
  attrs(lockType, { __module__: '_thread' });
  return m;
}

/** The OS-style thread id: the process id for the main thread. */
function nativeId(t: Thread): number {
  const pid = hostPid();
  return t === t.interp.main ? pid : pid + t.ident;
}

/** _acquire_restore that had to wait: sets the recursion count once taken. */
class RestoreCount extends NativeFrame {
  constructor(public lock: RLockObj, public count: number) {
    super(null);
  }
  step(t: Thread): Py {
    const e = takeExc(t);
    if (e !== null) throw e;
    this.lock.count = this.count;
    return None;
  }
}
serial(RestoreCount);

/** Puts a RestoreCount below the wait frame on top. */
function wrapRestore(wait: LockWait, l: RLockObj, count: number): LockWait {
  const r = new RestoreCount(l, count);
  r.back = wait.back;
  wait.back = r;
  current.depth++;
  return wait;
}
