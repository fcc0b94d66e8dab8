// Is the text typed at the prompt a whole statement yet? The interactive
// loop asks after every line: run it, ask for another line (sys.ps2), or
// report a SyntaxError and start over. CPython decides this in codeop; here
// the real parser answers, through ParseError.incomplete (the input ended
// too early) and the AST (a compound statement waits for a blank line).
// https://docs.python.org/3.11/library/codeop.html

import { parse, tokenize, ParseError } from '../../grammar/index';
import { ErrorToken } from '../../grammar/tokens';
import type { Stmt } from '../../grammar/ast';
import { compileSource, syntaxError } from '../vm/compile';
import { FUTURE_ANNOTATIONS, FUTURE_DIVISION } from '../compiler';
import type { PyCode } from '../objects/code';
import { PyBaseException } from '../objects/exceptions';

export type Verdict =
  | { kind: 'empty' }
  | { kind: 'incomplete' }
  | { kind: 'error'; error: PyBaseException }
  | { kind: 'complete'; code: PyCode; flags: number };

/** Statements that own an indented block: at the prompt they end only at a
 * blank line, even written on one line (`if x: f()`), because an `else:`
 * or more of the body may follow. */
const COMPOUND = new Set(['If', 'For', 'AsyncFor', 'While', 'With', 'AsyncWith', 'FunctionDef', 'AsyncFunctionDef',
  'ClassDef', 'Try', 'TryStar', 'Match']);

function isCompound(s: Stmt | undefined): boolean {
  return s !== undefined && COMPOUND.has(s.type);
}

/** Only blank lines and comments: nothing to run. */
function isBlank(lines: string[]): boolean {
  return lines.every((l) => /^[ \t\f]*(#.*)?$/.test(l));
}

/** True when the lexer stopped inside a bracket, a triple-quoted string or
 * after a trailing backslash: there a blank line is part of the statement
 * (CPython's tokenizer ignores line ends inside brackets), not its end. */
function lexicallyOpen(source: string): boolean {
  const toks = tokenize(source, '<stdin>').tokens;
  const last = toks[toks.length - 1];
  return last !== undefined && last.tokenType === ErrorToken && (last.payload as { incomplete?: boolean })?.incomplete === true;
}

/** A `from __future__ import` typed at the prompt holds for the rest of the
 * session (as codeop's compiler remembers): the flags it adds. */
function futureFlags(body: Stmt[]): number {
  let flags = 0;
  for (const s of body) {
    if (s.type !== 'ImportFrom' || s.module !== '__future__') continue;
    for (const a of s.names) {
      if (a.name === 'annotations') flags |= FUTURE_ANNOTATIONS;
      if (a.name === 'division') flags |= FUTURE_DIVISION;
    }
  }
  return flags;
}

/** Classifies the lines typed so far (without their line ends), compiling
 * them in 'single' mode as `filename` when they make a whole statement. */
export function classify(lines: string[], filename = '<stdin>', flags = 0): Verdict {
  if (isBlank(lines)) return { kind: 'empty' };
  const source = lines.join('\n') + '\n';
  // the user ended the statement with an empty line (not the first line)
  const endedByBlank = lines.length > 1 && lines[lines.length - 1].trim() === '';
  let tree;
  try {
    tree = parse(source, filename, 'single');
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    // a block header with no body yet, an `else:` expected...: one more line;
    // after a blank line only open brackets and strings go on (CPython then
    // reports "expected an indented block" and the like)
    if (e.incomplete && (!endedByBlank || lexicallyOpen(source))) return { kind: 'incomplete' };
    return { kind: 'error', error: syntaxError(e.kind, e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset) };
  }
  const body = tree.type === 'Interactive' ? tree.body : [];
  if (isCompound(body[0]) && !endedByBlank) return { kind: 'incomplete' };
  try {
    const code = compileSource(source, filename, 'single', flags);
    return { kind: 'complete', code, flags: flags | futureFlags(body) };
  } catch (e) {
    // compile-time errors ('return' outside function, ...) are SyntaxErrors
    if (!(e instanceof PyBaseException)) throw e;
    return { kind: 'error', error: e };
  }
}
