// Exception groups (PEP 654): split/subgroup/derive, and the runtime of
// `except*`, which splits the raised group clause by clause and re-raises
// what is left together with what the handlers raised.

import { T, None, MISSING, type Py, serial } from './base';
import { PyType } from './type';
import { PyBaseException } from './exceptions';
import { PyTuple } from './tuple';
import { PyDict } from './dict';
import { methods } from './typesetup';
import { TypeError } from './raise';
import { typeOf } from './typeof';
import { callSpecial, getattrOpt } from './attrs';
import { truthy } from './protocol';
import { callSync } from '../vm/call';

type Matcher = (e: PyBaseException) => boolean;

function members(g: PyBaseException): PyBaseException[] {
  const ex = g.dict?.getS('exceptions');
  return ex instanceof PyTuple ? (ex.items as PyBaseException[]) : [];
}

function isGroup(e: Py): e is PyBaseException {
  return e instanceof PyBaseException && e.cls.isSubtype(T.BaseExceptionGroup);
}

/** g.derive(excs) with the group's metadata copied (as split() does). */
function derive(g: PyBaseException, excs: PyBaseException[]): PyBaseException {
  const d = callSpecial(g, 'derive', new PyTuple(excs)) as PyBaseException;
  d.traceback = g.traceback;
  d.cause = g.cause;
  d.context = g.context;
  const notes = g.dict?.getS('__notes__');
  if (notes !== undefined) (d.dict ??= new PyDict()).setS('__notes__', notes);
  return d;
}

/** [match, rest] of group g (either may be null). */
export function split(g: PyBaseException, m: Matcher): [PyBaseException | null, PyBaseException | null] {
  if (m(g)) return [g, null];
  const yes: PyBaseException[] = [], no: PyBaseException[] = [];
  for (const e of members(g)) {
    if (isGroup(e)) {
      const [a, b] = split(e, m);
      if (a) yes.push(a);
      if (b) no.push(b);
    } else if (m(e)) yes.push(e);
    else no.push(e);
  }
  return [yes.length ? derive(g, yes) : null, no.length ? derive(g, no) : null];
}

/** The predicate for a split argument: a type, tuple of types, or callable. */
function matcherOf(cond: Py): Matcher {
  if (cond instanceof PyType && cond.isSubtype(T.BaseException)) return (e) => e.cls.isSubtype(cond);
  if (cond instanceof PyTuple && cond.items.every((c) => c instanceof PyType && c.isSubtype(T.BaseException))) {
    return (e) => cond.items.some((c: PyType) => e.cls.isSubtype(c));
  }
  if (typeOf(cond).lookup('__call__') !== MISSING && !(cond instanceof PyType)) return (e) => truthy(callSync(cond, [e]));
  throw TypeError('expected a function, exception type or tuple of exception types');
}

export function setupExceptionGroups(): void {
  methods(T.BaseExceptionGroup, {
    split: ['self, condition, /', (g: PyBaseException, c: Py) => {
      const [a, b] = split(g, matcherOf(c));
      return new PyTuple([a ?? None, b ?? None]);
    }],
    subgroup: ['self, condition, /', (g: PyBaseException, c: Py) => split(g, matcherOf(c))[0] ?? None],
    derive: ['self, excs, /', (g: PyBaseException, excs: Py) => callSync(T.BaseExceptionGroup, [g.dict?.getS('message') ?? '', excs])],
  });
}

/** State of one `except*` block while its clauses run. */
export class StarState {
  rest: PyBaseException | null;
  raised: PyBaseException[] = [];
  constructor(public orig: PyBaseException, public naked: boolean) {
    this.rest = orig;
  }
}

/** Starts an except* block for exception e. */
export function starStart(e: PyBaseException): StarState {
  return new StarState(e, !isGroup(e));
}

/** The part of the remaining exception matching spec, or null. */
export function starMatch(st: StarState, spec: Py): PyBaseException | null {
  if (spec instanceof PyType ? spec.isSubtype(T.BaseExceptionGroup) : spec instanceof PyTuple && spec.items.some((s) => s instanceof PyType && s.isSubtype(T.BaseExceptionGroup))) {
    throw TypeError('catching ExceptionGroup with except* is not allowed. Use except instead.');
  }
  const rest = st.rest;
  if (rest === null) return null;
  const m = matcherOf(spec);
  if (st.naked) {
    if (!m(rest)) return null;
    st.rest = null;
    const g = callSync(T.ExceptionGroup, ['', new PyTuple([rest])]) as PyBaseException;
    g.traceback = rest.traceback;
    return g;
  }
  const [a, b] = split(rest, m);
  st.rest = b;
  return a;
}

/** An exception raised by an except* handler (kept for the final group). */
export function starRaised(st: StarState, e: PyBaseException): void {
  st.raised.push(e);
}

/** What to raise after the clauses: null when everything was handled. */
export function starFinish(st: StarState): PyBaseException | null {
  if (!st.raised.length) return st.rest;
  const all = st.rest ? [...st.raised, st.rest] : st.raised;
  if (all.length === 1 && st.raised.length === 1) return st.raised[0];
  return callSync(T.BaseExceptionGroup, ['', new PyTuple(all)]);
}

void getattrOpt;

serial(StarState);
