// re.Match: groups, spans, expand, repr.
// https://docs.python.org/3.11/library/re.html#match-objects

import { None, type Py } from '../src/objects/base';
import { PyTuple } from '../src/objects/tuple';
import { PyDict } from '../src/objects/dict';
import { methods, classMethods, getsets } from '../src/objects/typesetup';
import { IndexError, TypeError } from '../src/objects/raise';
import { typeName } from '../src/objects/typeof';
import { intValue } from '../src/objects/intutil';
import { strValue } from '../src/objects/strutil';
import { repr } from '../src/objects/protocol';
import { PyGenericAlias } from '../src/objects/misc';
import { MatchObj, PatternObj, types } from './_sre_objects';
import { slice } from './_sre_subject';
import { expandTemplate, getTemplate } from './_sre_sub';

function M(x: Py): MatchObj {
  if (x instanceof MatchObj) return x;
  throw TypeError(`descriptor requires a 're.Match' object but received a '${typeName(x)}'`);
}

/** Group names by number (null for unnamed groups). */
export function groupNames(p: PatternObj): (string | null)[] {
  if (!p.names) {
    const names: (string | null)[] = new Array(p.groups + 1).fill(null);
    for (const [n, g] of p.groupindex) names[g] = n;
    p.names = names;
  }
  return p.names;
}

/** The group number for a group(...) argument (IndexError otherwise). */
function groupIndex(m: MatchObj, g: Py): number {
  let i = -1;
  const v = intValue(g);
  if (v !== null) i = typeof v === 'bigint' ? -1 : v;
  else {
    const s = strValue(g);
    if (s !== null) {
      const x = m.pat.groupindex.get(s);
      if (x !== undefined) i = x;
    }
  }
  if (i < 0 || i > m.pat.groups) throw IndexError('no such group');
  return i;
}

/** The text of group i, or dflt when it did not participate. */
export function groupValue(m: MatchObj, i: number, dflt: Py): Py {
  const a = m.regs[2 * i], b = m.regs[2 * i + 1];
  if (a < 0 || b < 0) return dflt;
  return slice(m.subj, a, b);
}

function span(m: MatchObj, i: number): PyTuple {
  return new PyTuple([m.regs[2 * i], m.regs[2 * i + 1]]);
}

function matchRepr(m: MatchObj): string {
  let r = repr(groupValue(m, 0, None));
  // CPython's %.50R: the repr cut to 50 characters
  if (r.length > 50) r = Array.from(r).slice(0, 50).join('');
  return `<re.Match object; span=(${m.regs[0]}, ${m.regs[1]}), match=${r}>`;
}

/** Installs the Match methods. */
export function setupMatch(): void {
  const t = types.Match;
  methods(t, {
    group: ['self, /, *args', (self: Py, args: Py[]) => {
      const m = M(self);
      if (args.length === 0) return groupValue(m, 0, None);
      if (args.length === 1) return groupValue(m, groupIndex(m, args[0]), None);
      return new PyTuple(args.map((g) => groupValue(m, groupIndex(m, g), None)));
    }],
    __getitem__: ['self, group, /', (self: Py, g: Py) => {
      const m = M(self);
      return groupValue(m, groupIndex(m, g), None);
    }],
    groups: ['self, /, default=None', (self: Py, d: Py) => {
      const m = M(self);
      const out: Py[] = [];
      for (let i = 1; i <= m.pat.groups; i++) out.push(groupValue(m, i, d));
      return new PyTuple(out);
    }],
    groupdict: ['self, /, default=None', (self: Py, d: Py) => {
      const m = M(self);
      const out = new PyDict();
      for (const [n, g] of m.pat.groupindex) out.setS(n, groupValue(m, g, d));
      return out;
    }],
    start: ['self, group=0, /', (self: Py, g: Py) => {
      const m = M(self);
      return m.regs[2 * groupIndex(m, g)];
    }],
    end: ['self, group=0, /', (self: Py, g: Py) => {
      const m = M(self);
      return m.regs[2 * groupIndex(m, g) + 1];
    }],
    span: ['self, group=0, /', (self: Py, g: Py) => {
      const m = M(self);
      return span(m, groupIndex(m, g));
    }],
    expand: ['self, /, template', (self: Py, tpl: Py) => {
      const m = M(self);
      return expandTemplate(getTemplate(m.pat, tpl), m);
    }],
    __repr__: ['self, /', (self: Py) => matchRepr(M(self))],
    __copy__: ['self, /', (self: Py) => M(self)],
    __deepcopy__: ['self, memo, /', (self: Py) => M(self)],
    __reduce_ex__: ['self, protocol, /', () => {
      throw TypeError("cannot pickle 're.Match' object");
    }],
  });
  classMethods(t, {
    __class_getitem__: ['cls, item, /', (cls: Py, item: Py) => new PyGenericAlias(cls, item instanceof PyTuple ? item.items : [item])],
  });
  getsets(t, {
    pos: [(m: Py) => M(m).pos],
    endpos: [(m: Py) => M(m).endpos],
    lastindex: [(m: Py) => (M(m).lastindex < 0 ? None : M(m).lastindex)],
    lastgroup: [(self: Py) => {
      const m = M(self);
      if (m.lastindex < 0) return None;
      return groupNames(m.pat)[m.lastindex] ?? None;
    }],
    re: [(m: Py) => M(m).pat],
    string: [(m: Py) => M(m).subj.obj],
    regs: [(self: Py) => {
      const m = M(self);
      const out: Py[] = [];
      for (let i = 0; i <= m.pat.groups; i++) out.push(span(m, i));
      return new PyTuple(out);
    }],
  });
}
