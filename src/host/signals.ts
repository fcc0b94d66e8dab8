// Signals from the OS, through Node's signal events: at most one listener per
// signal, owned by whoever set it last (the CLI's SIGINT → KeyboardInterrupt,
// then the signal module). No listener means the OS default action.

/** Linux signal names by number (the ones Node knows by name). */
const NAMES: Record<number, NodeJS.Signals> = {
  1: 'SIGHUP', 2: 'SIGINT', 3: 'SIGQUIT', 4: 'SIGILL', 5: 'SIGTRAP', 6: 'SIGABRT', 7: 'SIGBUS', 8: 'SIGFPE',
  9: 'SIGKILL', 10: 'SIGUSR1', 11: 'SIGSEGV', 12: 'SIGUSR2', 13: 'SIGPIPE', 14: 'SIGALRM', 15: 'SIGTERM',
  16: 'SIGSTKFLT', 17: 'SIGCHLD', 18: 'SIGCONT', 19: 'SIGSTOP', 20: 'SIGTSTP', 21: 'SIGTTIN', 22: 'SIGTTOU',
  23: 'SIGURG', 24: 'SIGXCPU', 25: 'SIGXFSZ', 26: 'SIGVTALRM', 27: 'SIGPROF', 28: 'SIGWINCH', 29: 'SIGIO',
  30: 'SIGPWR', 31: 'SIGSYS',
};

const owned = new Map<number, () => void>();

/** Routes signal `signum` to fn (null: the OS default action again).
 * False when Node cannot watch this signal. */
export function onSignal(signum: number, fn: (() => void) | null): boolean {
  const name = NAMES[signum];
  if (name === undefined) return false;
  const old = owned.get(signum);
  if (old !== undefined) {
    process.removeListener(name, old);
    owned.delete(signum);
  }
  if (fn === null) return true;
  try {
    process.on(name, fn);
  } catch {
    return false;
  }
  owned.set(signum, fn);
  return true;
}

/** Lets the OS default action of signum happen to this process now (its
 * listener removed first, so that e.g. SIGALRM ends the process). */
export function defaultAction(signum: number): void {
  onSignal(signum, null);
  const name = NAMES[signum];
  if (name !== undefined) process.removeAllListeners(name);
  process.kill(process.pid, name ?? signum);
}
