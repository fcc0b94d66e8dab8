// Notification of garbage collection (weakref callbacks, finalize): the
// engine's FinalizationRegistry, kept here so that an embedding without it
// (or a sandbox) can swap it out. Notifications come from the event loop,
// some time after the object became unreachable, or never.

type Notify = () => void;

const registry: FinalizationRegistry<Notify> | null =
  typeof FinalizationRegistry === 'function' ? new FinalizationRegistry<Notify>((fn) => fn()) : null;

/** Arranges for fn() to run after target has been collected. fn must not
 * reference target (that would keep it alive). */
export function onCollect(target: object, fn: Notify, token?: object): void {
  if (registry) registry.register(target, fn, token);
}

/** Cancels the notifications registered with this token. */
export function cancelCollect(token: object): void {
  if (registry) registry.unregister(token);
}
