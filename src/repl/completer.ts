// Tab completion at the prompt: names in scope (the session's globals and
// builtins) and keywords, or attributes after a dotted name. Behaves like
// CPython's rlcompleter: callables get a '(' appended, private names show
// only when asked for with '_', and a Tab with nothing to complete indents.
// https://docs.python.org/3.11/library/rlcompleter.html

import { None, MISSING, type Py } from '../objects/base';
import type { PyDict } from '../objects/dict';
import { PyList } from '../objects/list';
import { PyBaseException } from '../objects/exceptions';
import { getattrOpt } from '../objects/attrs';
import { strValue } from '../objects/strutil';
import { typeOf } from '../objects/typeof';
import { PyProperty } from '../objects/descriptors';
import { callSync } from '../vm/call';
import { setCurrent, current } from '../vm/thread';
import type { Interpreter } from '../vm/interp';

/** Python 3.11's keywords (keyword.kwlist) and the soft ones. */
const KEYWORDS = ['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
  'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda',
  'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield', 'match', 'case'];

/** What typing goes on with after a completed keyword: a colon where the
 * keyword is a whole block header, nothing where it stands alone, else a space. */
function keywordCompletion(k: string): string {
  if (k === 'else' || k === 'finally' || k === 'try') return k + ':';
  if (['False', 'None', 'True', 'break', 'continue', 'pass'].includes(k)) return k;
  return k + ' ';
}

/** Hides private names unless the prefix asks for them ('_' shows single
 * underscore names, '__' also the dunders). */
function visible(name: string, prefix: string): boolean {
  if (!name.startsWith(prefix)) return false;
  if (prefix.startsWith('__')) return true;
  if (prefix.startsWith('_')) return !name.startsWith('__');
  return !name.startsWith('_');
}

/** Runs Python on the idle main thread (a nested loop: completion must
 * answer readline synchronously), leaving the scheduler's idea of the
 * current thread as it was. */
function onMain<R>(interp: Interpreter, fn: () => R): R {
  const before = current;
  setCurrent(interp.main);
  try {
    return fn();
  } finally {
    setCurrent(before);
  }
}

function isCallable(interp: Interpreter, v: Py): boolean {
  const f = interp.builtinsDict.getS('callable');
  return f !== undefined && callSync(f, [v]) === true;
}

/** Names of `obj` for completion: dir(obj), as CPython. */
function dirOf(interp: Interpreter, obj: Py): string[] {
  const dir = interp.builtinsDict.getS('dir');
  const r = callSync(dir, [obj]);
  const out: string[] = [];
  if (r instanceof PyList) for (const x of r.items) {
    const s = strValue(x);
    if (s !== null) out.push(s);
  }
  return out;
}

/** The value of a dotted name (`os.path`) in the session, or MISSING. Only
 * names and attributes are looked up: nothing else typed is evaluated. */
function lookupDotted(interp: Interpreter, globals: PyDict, dotted: string): Py {
  const parts = dotted.split('.');
  let v: Py = globals.getS(parts[0]);
  if (v === undefined) v = interp.builtinsDict.getS(parts[0]);
  if (v === undefined) return MISSING;
  for (let i = 1; i < parts.length && v !== MISSING; i++) v = getattrOpt(v, parts[i]);
  return v;
}

/** Completions for `text` (the word before the cursor): full replacements. */
export function completeWord(interp: Interpreter, globals: PyDict, text: string): string[] {
  return onMain(interp, () => {
    try {
      const dot = text.lastIndexOf('.');
      if (dot >= 0) return attributeMatches(interp, globals, text.slice(0, dot), text.slice(dot + 1));
      return globalMatches(interp, globals, text);
    } catch (e) {
      // a failing __dir__ or property: no completions, as rlcompleter
      if (e instanceof PyBaseException) return [];
      throw e;
    }
  });
}

function globalMatches(interp: Interpreter, globals: PyDict, prefix: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const k of KEYWORDS) {
    if (!k.startsWith(prefix) || seen.has(k)) continue;
    seen.add(k);
    out.push(keywordCompletion(k));
  }
  for (const d of [globals, interp.builtinsDict]) {
    for (const key of d.keys()) {
      const name = strValue(key);
      if (name === null || seen.has(name) || !visible(name, prefix)) continue;
      seen.add(name);
      const v = d.getS(name);
      out.push(v !== undefined && isCallable(interp, v) ? name + '(' : name);
    }
  }
  return out.sort();
}

function attributeMatches(interp: Interpreter, globals: PyDict, expr: string, prefix: string): string[] {
  if (!/^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/.test(expr)) return [];
  const obj = lookupDotted(interp, globals, expr);
  if (obj === MISSING) return [];
  const cls = typeOf(obj);
  const out: string[] = [];
  for (const name of new Set(dirOf(interp, obj))) {
    if (!visible(name, prefix)) continue;
    // a property's getter may be slow or have effects: not run for a Tab
    const onClass = cls.lookup(name);
    if (onClass instanceof PyProperty) {
      out.push(`${expr}.${name}`);
      continue;
    }
    let v: Py = MISSING;
    try {
      v = getattrOpt(obj, name);
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
    }
    out.push(v !== MISSING && v !== None && isCallable(interp, v) ? `${expr}.${name}(` : `${expr}.${name}`);
  }
  return out.sort();
}

/** readline's completer: [candidates, the text they replace]. A Tab where
 * no word is being typed inserts indentation instead. */
export function completeLine(interp: Interpreter, globals: PyDict, line: string): [string[], string] {
  const word = /[\w.]*$/.exec(line)![0];
  if (word === '') return line.trim() === '' ? [['    '], ''] : [[], ''];
  // a number like `1.5` is not an attribute access
  if (/^\d/.test(word)) return [[], word];
  return [completeWord(interp, globals, word), word];
}
