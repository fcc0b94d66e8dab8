// The interactive helpers CPython's site module puts in builtins: help(),
// copyright, credits and license. help(obj) prints a plain-text page in the
// layout of pydoc's (signature, then the docstring indented), without a
// pager; help() alone prints how to use it rather than starting pydoc's
// interactive browser.
// https://docs.python.org/3.11/library/functions.html#help

import { T, None, MISSING, PyObject, type Py } from '../objects/base';
import { PyModule } from '../objects/module';
import { PyType } from '../objects/type';
import { PyFunction } from '../objects/function';
import { PyBuiltin } from '../objects/builtinfunc';
import { PyMethod } from '../objects/method';
import { PyDict } from '../objects/dict';
import { PyBaseException } from '../objects/exceptions';
import { PyClassMethod, PyStaticMethod, PyProperty } from '../objects/descriptors';
import { getattrOpt, getattr } from '../objects/attrs';
import { strValue } from '../objects/strutil';
import { repr } from '../objects/protocol';
import { typeOf } from '../objects/typeof';
import { methods, newType } from '../objects/typesetup';
import { CO } from '../objects/code';
import { callSync } from '../vm/call';
import { importSync } from '../vm/imports';
import { current } from '../vm/thread';
import type { Interpreter } from '../vm/interp';
import { PyFile } from '../builtins/file';

const USAGE = `Welcome to pys's help.

help(object) prints the documentation of an object: a module, class,
function or method, or any value (for its type). help('name') looks a
name up first among the builtins, then as a module to import, e.g.
help('os') or help(len).

pys has no interactive help browser: to read about keywords and topics,
see https://docs.python.org/3.11/.
`;

function write(interp: Interpreter, text: string): void {
  const out = interp.sys.dict.getS('stdout');
  if (out === undefined || out === None) return;
  if (out instanceof PyFile) out.write(text);
  else callSync(getattr(out, 'write'), [text]);
}

/** A docstring with its common indentation removed (inspect.cleandoc). */
function docOf(obj: Py): string | null {
  let d: Py = MISSING;
  try {
    d = getattrOpt(obj, '__doc__');
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
  }
  const s = d === MISSING ? null : strValue(d);
  if (s === null || !s.trim()) return null;
  const lines = s.replace(/\t/g, '        ').split('\n');
  let margin = Infinity;
  for (const l of lines.slice(1)) if (l.trim()) margin = Math.min(margin, l.length - l.trimStart().length);
  const out = [lines[0].trim(), ...lines.slice(1).map((l) => (margin === Infinity ? l : l.slice(margin)).trimEnd())];
  while (out.length && !out[out.length - 1]) out.pop();
  while (out.length && !out[0]) out.shift();
  return out.join('\n');
}

function indent(text: string, prefix: string): string {
  return text.split('\n').map((l) => (l ? prefix + l : prefix.trimEnd())).join('\n');
}

function safeRepr(v: Py): string {
  try {
    return repr(v);
  } catch {
    return '<?>';
  }
}

/** The parameter list of a Python function, as `def` spelled it. */
function pySignature(fn: PyFunction, dropFirst: boolean): string {
  const c = fn.code;
  const names = c.varnames;
  const parts: string[] = [];
  const defaults = fn.defaults ?? [];
  const firstDefault = c.argcount - defaults.length;
  for (let i = 0; i < c.argcount; i++) {
    parts.push(i >= firstDefault ? `${names[i]}=${safeRepr(defaults[i - firstDefault])}` : names[i]);
    if (c.posonlyargcount && i === c.posonlyargcount - 1) parts.push('/');
  }
  let k = c.argcount + c.kwonlyargcount;
  if (c.flags & CO.VARARGS) parts.push('*' + names[k++]);
  else if (c.kwonlyargcount) parts.push('*');
  for (let i = c.argcount; i < c.argcount + c.kwonlyargcount; i++) {
    const d = fn.kwdefaults?.getS(names[i]);
    parts.push(d === undefined ? names[i] : `${names[i]}=${safeRepr(d)}`);
  }
  if (c.flags & CO.VARKEYWORDS) parts.push('**' + names[k]);
  if (dropFirst && parts.length && parts[0] !== '/' && !parts[0].startsWith('*')) parts.shift();
  if (parts[0] === '/') parts.shift();
  return `(${parts.join(', ')})`;
}

/** `name(params)` for anything callable we know how to read, else `name(...)`. */
function signature(obj: Py, name: string): string {
  if (obj instanceof PyMethod) {
    const f = obj.func;
    if (f instanceof PyFunction) return name + pySignature(f, true);
    obj = f;
  }
  if (obj instanceof PyFunction) return name + pySignature(obj, false);
  if (obj instanceof PyBuiltin) {
    const s = getattrOpt(obj, '__text_signature__');
    // CPython marks the bound first parameter `$self`; pydoc shows it plain
    return name + (typeof s === 'string' ? s.replace(/^\(\$/, '(') : '(...)');
  }
  return name + '(...)';
}

function callableEntry(obj: Py, name: string, prefix: string): string {
  let doc = docOf(obj);
  const sig = signature(obj, name);
  // builtins without a docstring answer __doc__ with their signature
  if (doc !== null && doc.split('\n')[0] === sig) doc = doc.split('\n').slice(1).join('\n').trim() || null;
  let out = prefix + sig + '\n';
  if (doc) out += indent(doc, prefix + '    ') + '\n';
  return out + prefix.trimEnd() + '\n';
}

function typeName(t: PyType): string {
  const m = t.moduleName;
  return m === 'builtins' ? t.qualname : `${m}.${t.qualname}`;
}

/** A class: header with bases, docstring, then what its own dict defines. */
function classPage(cls: PyType): string {
  const bases = cls.bases.length ? `(${cls.bases.map(typeName).join(', ')})` : '';
  let out = `class ${cls.name}${bases}\n`;
  const bar = ' |  ';
  const doc = docOf(cls);
  if (doc) out += indent(doc, bar) + '\n' + bar.trimEnd() + '\n';
  const mro = cls.mro.length > 1 ? cls.mro : [];
  if (mro.length) {
    out += `${bar}Method resolution order:\n${mro.map((t) => `${bar}    ${typeName(t)}`).join('\n')}\n${bar.trimEnd()}\n`;
  }
  const meths: string[] = [], data: string[] = [];
  const names = [...cls.dict.keys()].map((k) => strValue(k)).filter((k): k is string => k !== null).sort();
  for (const name of names) {
    if (name.startsWith('_') && !(name.startsWith('__') && name.endsWith('__') && name !== '__dict__' && name !== '__weakref__'
      && name !== '__module__' && name !== '__doc__' && name !== '__qualname__')) continue;
    const v = cls.dict.getS(name);
    if (v instanceof PyFunction || v instanceof PyBuiltin) meths.push(callableEntry(v, name, bar));
    else if (v instanceof PyClassMethod || v instanceof PyStaticMethod) {
      const f = getattrOpt(v, '__func__');
      meths.push(callableEntry(f === MISSING ? v : f, name, bar));
    } else if (v instanceof PyProperty) {
      const d = docOf(v);
      data.push(`${bar}${name}\n${d ? indent(d, bar + '    ') + '\n' : ''}${bar.trimEnd()}\n`);
    } else if (!(v instanceof PyObject && typeOf(v).lookup('__get__'))) data.push(`${bar}${name} = ${safeRepr(v)}\n`);
  }
  if (meths.length) out += `${bar}Methods defined here:\n${bar.trimEnd()}\n${meths.join('')}`;
  if (data.length) out += `${bar}Data and other attributes defined here:\n${bar.trimEnd()}\n${data.join('')}`;
  return out;
}

function modulePage(m: PyModule): string {
  const name = strValue(m.dict.getS('__name__') ?? '') ?? '?';
  const doc = docOf(m);
  const [first, ...rest] = (doc ?? '').split('\n');
  let out = `NAME\n    ${name}${first ? ' - ' + first : ''}\n\n`;
  const desc = rest.join('\n').trim();
  if (desc) out += `DESCRIPTION\n${indent(desc, '    ')}\n\n`;
  const classes: string[] = [], funcs: string[] = [], data: string[] = [];
  const all = m.dict.getS('__all__');
  const names = [...m.dict.keys()].map((k) => strValue(k)).filter((k): k is string => k !== null && !k.startsWith('_')).sort();
  for (const n of names) {
    const v = m.dict.getS(n)!;
    if (v instanceof PyModule) continue;
    if (v instanceof PyType) classes.push(`    ${n}\n`);
    else if (v instanceof PyFunction || v instanceof PyBuiltin) {
      // what the module imported from elsewhere is not its own (pydoc too)
      const mod = v instanceof PyFunction ? strValue(v.module) : v.module;
      if (all === undefined && mod !== null && mod !== name && !(v instanceof PyBuiltin)) continue;
      funcs.push(callableEntry(v, n, '    '));
    } else data.push(`    ${n} = ${safeRepr(v)}\n`);
  }
  if (classes.length) out += `CLASSES\n${classes.join('')}\n`;
  if (funcs.length) out += `FUNCTIONS\n${funcs.join('')}`;
  if (data.length) out += `DATA\n${data.join('')}\n`;
  const file = m.dict.getS('__file__');
  out += `FILE\n    ${typeof file === 'string' ? file : '(built-in)'}\n`;
  return out;
}

/** The text help(obj) prints. */
export function helpText(interp: Interpreter, obj: Py): string {
  if (typeof obj === 'string') {
    const found = resolveName(interp, obj);
    if (found === MISSING) {
      return `No Python documentation found for ${safeRepr(obj)}.\nUse help() to get the interactive help utility.\nUse help(str) for help on the str class.\n`;
    }
    obj = found;
  }
  if (obj instanceof PyModule) return `Help on module ${strValue(obj.dict.getS('__name__') ?? '') ?? '?'}:\n\n${modulePage(obj)}`;
  if (obj instanceof PyType) return `Help on class ${obj.name} in module ${obj.moduleName}:\n\n${classPage(obj)}`;
  if (obj instanceof PyFunction || obj instanceof PyBuiltin || obj instanceof PyMethod) {
    const fn = obj instanceof PyMethod ? obj.func : obj;
    const name = fn instanceof PyFunction ? fn.name : fn instanceof PyBuiltin ? fn.name : '?';
    const kind = obj instanceof PyMethod ? 'method' : obj instanceof PyBuiltin ? 'built-in function' : 'function';
    const mod = fn instanceof PyFunction ? strValue(fn.module) : fn instanceof PyBuiltin ? fn.module : null;
    return `Help on ${kind} ${name}${mod ? ` in module ${mod}` : ''}:\n\n${callableEntry(obj, name, '')}`;
  }
  const cls = typeOf(obj);
  return `Help on ${cls.name} object:\n\n${classPage(cls)}`;
}

/** help('name'): a builtin, a keyword, or a module to import. */
function resolveName(interp: Interpreter, name: string): Py {
  const b = interp.builtinsDict.getS(name);
  if (b !== undefined) return b;
  if (!/^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/.test(name)) return MISSING;
  try {
    importSync(current, name);
  } catch (e) {
    if (e instanceof PyBaseException) return MISSING;
    throw e;
  }
  const m = interp.modules.getS(name);
  return m === undefined ? MISSING : m;
}

/** An object whose repr is a message and which, called, prints a text
 * (CPython's site._Printer: copyright, credits, license). */
function printer(interp: Interpreter, shown: string, full: string): Py {
  const o = new PyObject(T.PysPrinter) as any;
  o.shown = shown;
  o.full = full;
  void interp;
  return o;
}

/** Adds help, copyright, credits and license to builtins (unless a startup
 * file or the user already defined them). */
export function installHelpers(interp: Interpreter): void {
  if (!T.PysHelper) {
    const h = newType('_Helper', T.object, undefined, { module: '_sitebuiltins' });
    T.PysHelper = h;
    methods(h, {
      __repr__: ['self, /', () => 'Type help() for interactive help, or help(object) for help about object.'],
      __call__: ['self, /, *args, **kwds', (_s: Py, args: Py[]) => {
        write(interp, args.length ? helpText(interp, args[0]) : USAGE);
        return None;
      }],
    });
    const p = newType('_Printer', T.object, undefined, { module: '_sitebuiltins' });
    T.PysPrinter = p;
    methods(p, {
      __repr__: ['self, /', (s: any) => s.shown],
      __call__: ['self, /', (s: any) => {
        write(interp, s.full + '\n');
        return None;
      }],
    });
  }
  const d: PyDict = interp.builtinsDict;
  const copyright = strValue(interp.sys.dict.getS('copyright') ?? '') ?? '';
  const credits = 'Thanks to the Python community and to everyone who has worked on pys.';
  const license = 'pys is released under the MIT license. Python is licensed under the PSF License Agreement:\nsee https://docs.python.org/3/license.html';
  // replaces the plain builtins.help of non-interactive runs
  d.setS('help', new PyObject(T.PysHelper));
  if (!d.getS('copyright')) d.setS('copyright', printer(interp, copyright, copyright));
  if (!d.getS('credits')) d.setS('credits', printer(interp, credits, credits));
  if (!d.getS('license')) d.setS('license', printer(interp, 'Type license() to see the full license text', license));
}
