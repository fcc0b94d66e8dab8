// Size and nesting limits: long inputs parse without recursion growing with
// their length; deep nesting ends in CPython's ParseError, not a JS stack
// overflow (CPython: 200 brackets, 100 indentation levels).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse, ParseError } from '../../../grammar/index';
import type { Module, Expr } from '../../../grammar/ast';

const parses = (src: string) => parse(src, '<limits>') as Module;
const fails = (src: string, msg: string) => {
  try {
    parse(src, '<limits>');
  } catch (e) {
    assert.instance(e, ParseError);
    assert.is((e as ParseError).msg, msg);
    return;
  }
  assert.unreachable('parsed');
};

test('200 nested brackets parse, 201 do not', () => {
  parses('('.repeat(200) + 'x' + ')'.repeat(200));
  parses('x = ' + '['.repeat(200) + ']'.repeat(200));
  fails('('.repeat(201) + 'x' + ')'.repeat(201), 'too many nested parentheses');
  fails('('.repeat(100000), 'too many nested parentheses');
});

test('99 indentation levels parse, 100 do not', () => {
  const nest = (n: number) => Array.from({ length: n }, (_, i) => ' '.repeat(i) + 'if x:\n').join('') + ' '.repeat(n) + 'pass\n';
  parses(nest(99));
  fails(nest(100), 'too many levels of indentation');
});

test('long lists, sums, chains', () => {
  const list = parses('x = [' + Array.from({ length: 10000 }, (_, i) => i).join(', ') + ']');
  assert.is(((list.body[0] as { value: Expr }).value as { elts: Expr[] }).elts.length, 10000);
  const sum = parses('x = ' + Array.from({ length: 5000 }, (_, i) => 'a' + i).join(' + '));
  let depth = 0;
  for (let e = (sum.body[0] as { value: Expr }).value; e.type === 'BinOp'; e = e.left) depth++;
  assert.is(depth, 4999);
  parses('x = ' + Array.from({ length: 5000 }, (_, i) => 'a' + i).join(' and '));
  parses('x = ' + Array.from({ length: 5000 }, (_, i) => 'a' + i).join(' < '));
  parses('x' + '.a'.repeat(10000) + '()'.repeat(1000) + '[0]'.repeat(1000));
  parses('x = ' + '-'.repeat(10000) + '1');
  parses('x = ' + 'not '.repeat(10000) + 'x');
  parses('x = ' + 'lambda: '.repeat(5000) + '1');
  parses('x = ' + '1 if 1 else '.repeat(3000) + '1');
  parses('x = a' + '**a'.repeat(500));
  parses('if x: pass\n' + 'elif x: pass\n'.repeat(3000));
  parses('x = (' + Array.from({ length: 5000 }, (_, i) => `'s${i}'`).join('\n') + ')');
});

test('a 20,000-line file', () => {
  const m = parses(Array.from({ length: 20000 }, (_, i) => `x${i} = f(${i}, y[${i}]) + 1`).join('\n'));
  assert.is(m.body.length, 20000);
});

test('right-nested ** beyond the limit is a ParseError', () => {
  assert.throws(() => parse('x = a' + '**a'.repeat(20000)), (e: unknown) => e instanceof ParseError);
});

test.run();
