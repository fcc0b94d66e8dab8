// The Python 2 dialect (DESIGN.md "Dialect"): print and exec statements,
// backquotes, `except E, e`, `raise E, V`, `<>`, `0777`, `10L`, `ur''`.
// Expected dumps are written by hand (CPython 3 cannot produce them); each
// of these programs sets Module.py2. Python 3 uses of the names `print` and
// `exec` must stay Python 3.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse } from '../../../grammar/index';
import type { Module } from '../../../grammar/ast';
import { dump } from '../../tools/astdump';

const PY2: [string, string][] = [
  ["print \"hello\", x","Module(body=[Print(values=[Constant(value='hello'), Name(id='x', ctx=Load())], nl=True)], type_ignores=[], py2=True)"],
  ["print x,","Module(body=[Print(values=[Name(id='x', ctx=Load())], nl=False)], type_ignores=[], py2=True)"],
  ["print >>sys.stderr, \"err\"","Module(body=[Print(dest=Attribute(value=Name(id='sys', ctx=Load()), attr='stderr', ctx=Load()), values=[Constant(value='err')], nl=True)], type_ignores=[], py2=True)"],
  ["print >>f","Module(body=[Print(dest=Name(id='f', ctx=Load()), values=[], nl=True)], type_ignores=[], py2=True)"],
  ["print >>f, a, b,","Module(body=[Print(dest=Name(id='f', ctx=Load()), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], nl=False)], type_ignores=[], py2=True)"],
  ["print","Module(body=[Print(values=[], nl=True)], type_ignores=[], py2=True)"],
  ["print -1","Module(body=[Print(values=[UnaryOp(op=USub(), operand=Constant(value=1))], nl=True)], type_ignores=[], py2=True)"],
  ["print \"%d items\" % n, \"ok\"","Module(body=[Print(values=[BinOp(left=Constant(value='%d items'), op=Mod(), right=Name(id='n', ctx=Load())), Constant(value='ok')], nl=True)], type_ignores=[], py2=True)"],
  ["print x; print y","Module(body=[Print(values=[Name(id='x', ctx=Load())], nl=True), Print(values=[Name(id='y', ctx=Load())], nl=True)], type_ignores=[], py2=True)"],
  ["if x: print \"yes\"","Module(body=[If(test=Name(id='x', ctx=Load()), body=[Print(values=[Constant(value='yes')], nl=True)], orelse=[])], type_ignores=[], py2=True)"],
  ["print not x","Module(body=[Print(values=[UnaryOp(op=Not(), operand=Name(id='x', ctx=Load()))], nl=True)], type_ignores=[], py2=True)"],
  ["print [1, 2]","Module(body=[Print(values=[List(elts=[Constant(value=1), Constant(value=2)], ctx=Load())], nl=True)], type_ignores=[], py2=True)"],
  ["print {1: 2}","Module(body=[Print(values=[Dict(keys=[Constant(value=1)], values=[Constant(value=2)])], nl=True)], type_ignores=[], py2=True)"],
  ["print lambda: 1","Module(body=[Print(values=[Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=1))], nl=True)], type_ignores=[], py2=True)"],
  ["print ~z","Module(body=[Print(values=[UnaryOp(op=Invert(), operand=Name(id='z', ctx=Load()))], nl=True)], type_ignores=[], py2=True)"],
  ["print \"a\" if c else \"b\"","Module(body=[Print(values=[IfExp(test=Name(id='c', ctx=Load()), body=Constant(value='a'), orelse=Constant(value='b'))], nl=True)], type_ignores=[], py2=True)"],
  ["x = `y`","Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Repr(value=Name(id='y', ctx=Load())))], type_ignores=[], py2=True)"],
  ["x = `a, b`","Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Repr(value=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load())))], type_ignores=[], py2=True)"],
  ["f(`x` + \"s\")","Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[BinOp(left=Repr(value=Name(id='x', ctx=Load())), op=Add(), right=Constant(value='s'))], keywords=[]))], type_ignores=[], py2=True)"],
  ["try:\n    pass\nexcept ValueError, e:\n    pass","Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Name(id='ValueError', ctx=Load()), name='e', body=[Pass()])], orelse=[], finalbody=[])], type_ignores=[], py2=True)"],
  ["try:\n    pass\nexcept (A, B), err:\n    pass","Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load()), Name(id='B', ctx=Load())], ctx=Load()), name='err', body=[Pass()])], orelse=[], finalbody=[])], type_ignores=[], py2=True)"],
  ["raise E, \"msg\"","Module(body=[Raise(exc=Call(func=Name(id='E', ctx=Load()), args=[Constant(value='msg')], keywords=[]))], type_ignores=[], py2=True)"],
  ["raise E, V, tb","Module(body=[Raise(exc=Call(func=Name(id='E', ctx=Load()), args=[Name(id='V', ctx=Load())], keywords=[]))], type_ignores=[], py2=True)"],
  ["a <> b","Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[NotEq()], comparators=[Name(id='b', ctx=Load())]))], type_ignores=[], py2=True)"],
  ["if a <> b: pass","Module(body=[If(test=Compare(left=Name(id='a', ctx=Load()), ops=[NotEq()], comparators=[Name(id='b', ctx=Load())]), body=[Pass()], orelse=[])], type_ignores=[], py2=True)"],
  ["x = 0777","Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=511))], type_ignores=[], py2=True)"],
  ["x = 00777","Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=511))], type_ignores=[], py2=True)"],
  ["y = 10L","Module(body=[Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=10))], type_ignores=[], py2=True)"],
  ["y = 10l","Module(body=[Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=10))], type_ignores=[], py2=True)"],
  ["z = 0x1FL","Module(body=[Assign(targets=[Name(id='z', ctx=Store())], value=Constant(value=31))], type_ignores=[], py2=True)"],
  ["s = ur'raw'","Module(body=[Assign(targets=[Name(id='s', ctx=Store())], value=Constant(value='raw', kind='u'))], type_ignores=[], py2=True)"],
  ["s = UR'raw'","Module(body=[Assign(targets=[Name(id='s', ctx=Store())], value=Constant(value='raw'))], type_ignores=[], py2=True)"],
  ["exec code","Module(body=[Exec(body=Name(id='code', ctx=Load()))], type_ignores=[], py2=True)"],
  ["exec \"x = 1\" in ns","Module(body=[Exec(body=Constant(value='x = 1'), globals=Name(id='ns', ctx=Load()))], type_ignores=[], py2=True)"],
  ["exec code in g, l","Module(body=[Exec(body=Name(id='code', ctx=Load()), globals=Name(id='g', ctx=Load()), locals=Name(id='l', ctx=Load()))], type_ignores=[], py2=True)"],
  ["exec compile(s, \"f\", \"exec\") in d","Module(body=[Exec(body=Call(func=Name(id='compile', ctx=Load()), args=[Name(id='s', ctx=Load()), Constant(value='f'), Constant(value='exec')], keywords=[]), globals=Name(id='d', ctx=Load()))], type_ignores=[], py2=True)"],
  ["def f():\n    print \"in f\"\n    return 1","Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Print(values=[Constant(value='in f')], nl=True), Return(value=Constant(value=1))], decorator_list=[])], type_ignores=[], py2=True)"],
];

for (const [src, expected] of PY2) {
  test(`py2: ${src.split('\n').join(' / ')}`, () => {
    const tree = parse(src + '\n', '<py2>') as Module;
    assert.is(dump(tree), expected);
    assert.is(tree.py2, true);
  });
}

/** Valid Python 3 that looks like the py2 forms: must parse as Python 3.
 * (`print [x]` and `print -x` are print statements by design: DESIGN.md.) */
const PY3 = [
  'print("a")', 'print("a", end="")', 'print()', 'print = 3', 'print.x = 1', 'print, x = 1, 2', 'x = print',
  'print(*args)', 'print (x)', 'exec("x = 1")', 'exec(code, g)', 'exec = 1', 'exec.x', 'f(print)',
  'x = 0', 'x = 00', 'x = 0.777', 'x = 0o777', 'x = 0e5', 'x = 01.5', 'x = 09.5', 'x = 0j', 'a != b',
  "u'text'", "r'x'", 'try:\n    pass\nexcept (A, B) as e:\n    pass', 'raise E(V)', 'lambda print: print',
  'def print(x): pass', 'class exec: pass',
];

for (const src of PY3) {
  test(`py3: ${src.split('\n').join(' / ')}`, () => {
    const tree = parse(src + '\n', '<py3>') as Module;
    assert.is(tree.py2, false, 'marked py2');
    assert.not.match(dump(tree), /Print\(|Exec\(|Repr\(/);
  });
}

test('print >>f, x is the py2 statement (not a shift)', () => {
  const tree = parse('print >>f, x\n') as Module;
  assert.is(tree.body[0].type, 'Print');
});

test('py2 nodes carry positions', () => {
  const tree = parse('print >>f, x,\nexec c in g\nraise E, V\n') as Module;
  const [p, e, r] = tree.body;
  assert.equal([p.lineno, p.col_offset, p.end_lineno, p.end_col_offset], [1, 0, 1, 13]);
  assert.equal([e.lineno, e.col_offset, e.end_lineno, e.end_col_offset], [2, 0, 2, 11]);
  assert.equal([r.lineno, r.col_offset, r.end_lineno, r.end_col_offset], [3, 0, 3, 10]);
});

test('except with a non-name after the comma is an error', () => {
  assert.throws(() => parse('try:\n    pass\nexcept E, e.x:\n    pass\n'));
});

test.run();
