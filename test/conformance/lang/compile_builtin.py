# compile() modes and code objects
c = compile('1 + 2', '<expr>', 'eval')
print('eval mode', type(c).__name__, eval(c))
c = compile('a = 5\nb = a * 2', '<exec>', 'exec')
ns = {}
exec(c, ns)
print('exec mode', ns['a'], ns['b'])
print('exec code returns None', eval(c, {}) is None)
c = compile('40 + 2', '<single>', 'single')
print('single mode prints expression results:')
exec(c)
exec(compile('None', '<s>', 'single'))
print('None is not echoed')
c = compile('x * 2', '<fname>', 'eval')
print('filename', c.co_filename, 'name', c.co_name)
print('names used', c.co_names)
print('reuse code object', [eval(c, {'x': i}) for i in range(3)])
def f(a, b=1, *args, c, **kw):
    local = a + b
    return local
co = f.__code__
print('code attrs', co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_varnames[:4])
print('flags has varargs', bool(co.co_flags & 0x04), 'varkw', bool(co.co_flags & 0x08))
print('firstlineno is int', type(co.co_firstlineno).__name__)
try:
    compile('1 +', '<bad>', 'eval')
except SyntaxError as e:
    print('SyntaxError', e.msg, e.filename, e.lineno)
try:
    compile('x = 1', '<bad>', 'eval')
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    compile('1', '<bad>', 'wrongmode')
except ValueError as e:
    print('ValueError', e)
try:
    compile('a\nb', '<bad>', 'single')
except SyntaxError as e:
    print('SyntaxError', e.msg)
src = 'def g():\n    return "from compiled def"\n'
code = compile(src, '<def>', 'exec')
env = {}
exec(code, env)
print('function from code', env['g'](), env['g'].__code__.co_filename)
print('compile bytes', eval(compile(b'7 * 6', '<b>', 'eval')))
print('compile multiline expression', eval(compile('(1 +\n 2)', '<m>', 'eval')))
print('dont_inherit flag accepted', eval(compile('3', '<x>', 'eval', dont_inherit=True)))
import sys
lines = []
try:
    exec(compile('def h():\n    raise ValueError("in compiled")\nh()', 'virtual_file.py', 'exec'))
except ValueError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print('traceback filename/line', tb.tb_frame.f_code.co_filename, tb.tb_lineno)
