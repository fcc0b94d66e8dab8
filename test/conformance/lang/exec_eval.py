# exec and eval with namespaces
print('eval expr', eval('1 + 2 * 3'), eval('[x * 2 for x in range(3)]'))
ns = {'a': 10}
print('eval with globals', eval('a * 2', ns))
print('eval with locals', eval('a + b', {'a': 1}, {'b': 2}))
print('locals shadow globals', eval('a', {'a': 'global'}, {'a': 'local'}))
code = '''
def square(n):
    return n * n
result = square(7)
'''
g = {}
exec(code, g)
print('exec defines names', g['result'], g['square'](3), '__builtins__' in g)
print('exec returns None', exec('1 + 1'))
l = {}
exec('x = 5\ny = x * 2', {}, l)
print('exec into locals dict', l)
x = 'module x'
exec('x = "changed by exec"')
print('exec at module level modifies globals', x)
def in_function():
    v = 1
    exec('v = 2')
    return v
print('exec cannot change function locals', in_function())
def read_locals():
    v = 'local v'
    return eval('v')
print('eval sees function locals', read_locals())
print('eval of literal structures', eval("{'k': (1, 2.5, None, True)}"))
try:
    eval('x = 1')
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    eval('1 +')
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    exec('def f(:\n    pass')
except SyntaxError as e:
    print('SyntaxError', e.msg, e.lineno)
try:
    exec('if True:\nprint(1)')
except IndentationError as e:
    print('IndentationError', e.msg)
try:
    exec('  x = 1')
except IndentationError as e:
    print('IndentationError', e.msg)
print('eval whitespace', eval('  1 + 1  '), eval('\t2\n'))
restricted = {'__builtins__': {}}
try:
    eval('len([1])', restricted)
except NameError as e:
    print('no builtins', e)
print('custom builtins', eval('len([1, 2])', {'__builtins__': {'len': lambda s: 'fake'}}))
out = []
exec('for i in range(3): out.append(i)', {'out': out})
print('shared mutable object', out)
exec('import math\nr = math.floor(2.7)', g)
print('import inside exec', g['r'], 'math' in g)
print('eval bytes source', eval(b'40 + 2'))
exec('class K:\n    v = 3', g)
print('class from exec', g['K'].v, g['K'].__module__ if '__name__' in g else 'no __name__ -> module', )
g2 = {'__name__': 'custom_mod'}
exec('class K2: pass', g2)
print('__module__ from __name__', g2['K2'].__module__)
print('nested eval', eval('eval("1+1") * 3'))
print('lambda from eval', eval('lambda n: n + 100')(1))
print('globals() passed explicitly', eval('x', globals()))
counter = {'n': 0}
exec('n += 1', counter)
exec('n += 1', counter)
print('repeated exec', counter['n'])
try:
    exec(123)
except TypeError as e:
    print('TypeError', e)
try:
    eval('1', [])
except TypeError as e:
    print('TypeError', e)
