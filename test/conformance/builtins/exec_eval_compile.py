# eval / exec / compile builtins: arguments, namespaces, return values
print('eval', eval('2 ** 10'), eval('"a" * 3'), eval('[i for i in range(3)]'), eval(' (1, 2) '))
g = {'x': 10}
l = {'y': 5}
print('eval globals+locals', eval('x + y', g, l), eval('x', g))
print('eval keyword args', eval('x * 2', globals=g) if False else eval('x * 2', g))
print('exec returns None', exec('z = 1', g), g['z'])
print('__builtins__ inserted', '__builtins__' in g)
ns = {}
exec('def f(n):\n    return n + 1\nres = f(41)', ns)
print('exec function def', ns['res'], ns['f'](1))
code = compile('a * b', '<mul>', 'eval')
print('compiled eval', eval(code, {'a': 6, 'b': 7}), eval(code, {'a': 'x', 'b': 3}))
code = compile('for i in range(3):\n    acc.append(i * i)\n', '<loop>', 'exec')
acc = []
exec(code, {'acc': acc})
exec(code, {'acc': acc})
print('compiled exec twice', acc)
print('eval sees caller globals by default', eval('acc[:2]'))
def func():
    local_var = 'local'
    return eval('local_var'), eval('local_var + "!"', None, {'local_var': 'override'})
print('eval in function', func())
try:
    eval('import os')
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    exec('return 5')
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    exec('yield 5')
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    eval('1/0')
except ZeroDivisionError as e:
    print('runtime error propagates', e)
try:
    eval(42)
except TypeError as e:
    print('TypeError', e)
try:
    exec('x', {}, 5)
except TypeError as e:
    print('TypeError', e)
class Mapping:
    def __init__(self): self.lookups = []
    def __getitem__(self, k):
        self.lookups.append(k)
        if k == 'magic':
            return 42
        raise KeyError(k)
m = Mapping()
print('custom mapping as locals', eval('magic + 1', {}, m), m.lookups)
print('eval of dict/set literals', eval('{1: 2}'), eval('{1, 2}') == {1, 2})
src = 'result = sum(values)'
env = {'values': [1, 2, 3]}
exec(src, env)
print('exec with data', env['result'])
print('nested exec', eval('exec("q = 1") or "done"'))
print('compile flags default', compile('1', '', 'eval').co_filename == '')
print('exec string with leading newline and indentation error', end=' ')
try:
    exec('\n  x = 1')
except IndentationError as e:
    print(type(e).__name__, e.msg)
print('exec CRLF source', end=' ')
exec('u = 1\r\nv = 2\r\n', env)
print(env['u'] + env['v'])
