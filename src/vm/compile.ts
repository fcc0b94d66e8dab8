// Source -> code object, with parse and compile errors turned into Python
// SyntaxError (or IndentationError/TabError) carrying CPython's attributes.

import { grammar } from './grammar';
import { ParseError } from '../../grammar/ast';
import { compileAstEmit, CompileError, loadEmitted, serializeEmitted } from '../compiler';
import { cacheKey, cacheRead, cacheWrite, unitMaker } from '../host/cache';
import type { CodeUnit } from '../objects/code';
import type { PyCode } from '../objects/code';
import { T, None } from '../objects/base';
import { PyBaseException } from '../objects/exceptions';
import { PyDict } from '../objects/dict';
import { PyTuple } from '../objects/tuple';

/** A SyntaxError (or subclass) instance with its attributes set. */
export function syntaxError(kind: string, msg: string, filename: string, lineno: number, offset: number, text: string | null, endLineno?: number, endOffset?: number): PyBaseException {
  const e = new PyBaseException(T[kind] ?? T.SyntaxError);
  const t = text === null ? None : text;
  e.args = [msg, new PyTuple([filename, lineno, offset, t, endLineno ?? lineno, endOffset ?? offset])];
  e.dict = new PyDict();
  e.dict.setS('msg', msg);
  e.dict.setS('filename', filename);
  e.dict.setS('lineno', lineno);
  e.dict.setS('offset', offset);
  e.dict.setS('text', t);
  e.dict.setS('end_lineno', endLineno ?? lineno);
  e.dict.setS('end_offset', endOffset ?? offset);
  e.dict.setS('print_file_and_line', None);
  return e;
}

function lineOf(source: string, n: number): string | null {
  const lines = source.split(/\r\n|\r|\n/);
  const l = lines[n - 1];
  return l === undefined ? null : l + '\n';
}

declare const __PYS_BUILD__: string;
/** Identifies the compiler that produced cached units (set at build time;
 * test bundles have none and don't use the cache). */
const BUILD = typeof __PYS_BUILD__ !== 'undefined' ? __PYS_BUILD__ : null;

/** Compiles source text; mode as for compile(). With `cache`, a unit
 * compiled before from the same source is loaded instead (modules, scripts). */
export function compileSource(source: string, filename: string, mode: 'exec' | 'eval' | 'single' = 'exec', flags = 0, cache = false): PyCode {
  let key: string | null = null;
  if (cache && BUILD !== null) {
    key = cacheKey([BUILD, filename, mode, String(flags), source]);
    const hit = cacheRead(key, source);
    if (hit !== null) {
      try {
        const unit: CodeUnit = { filename, source, mode, codes: [], py2: false, flags };
        return loadEmitted(hit, unit, unitMaker(key));
      } catch {
        // a damaged entry: compile again
      }
    }
  }
  const { top, emitted } = compileFresh(source, filename, mode, flags);
  if (key !== null) cacheWrite(key, source, serializeEmitted(emitted));
  return top;
}

function compileFresh(source: string, filename: string, mode: 'exec' | 'eval' | 'single', flags: number) {
  let tree;
  try {
    tree = grammar().parse(source, filename, mode);
  } catch (e) {
    if (e instanceof ParseError) {
      const err = syntaxError(e.kind, e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset);
      (err as any).incomplete = (e as any).incomplete === true;
      throw err;
    }
    throw e;
  }
  try {
    return compileAstEmit(tree, filename, source, flags);
  } catch (e) {
    if (e instanceof CompileError) {
      throw syntaxError('SyntaxError', e.msg, filename, e.lineno, e.col + 1, lineOf(source, e.lineno), e.endLineno, e.endCol + 1);
    }
    throw e;
  }
}
