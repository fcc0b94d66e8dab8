# globals() and locals()
x = 'module x'
g = globals()
print('globals is module dict', g['x'], g['__name__'], '__builtins__' in g)
g['created_via_globals'] = 'hello'
print('globals write creates variable', created_via_globals)
def show_locals(a, b=2):
    c = a + b
    return locals()
print('locals in function', show_locals(1))
def locals_write():
    v = 1
    locals()['v'] = 99
    return v
print('writing locals() does not change variable', locals_write())
print('module locals is globals', locals() is globals())
class K:
    a = 1
    b = 2
    captured = dict(locals())
print('class body locals', sorted(k for k in K.captured if not k.startswith('__')), K.captured['__qualname__'])
def closure():
    free = 'free var'
    def inner():
        return locals()
    return inner()
print('inner locals without reference', closure())
def closure2():
    free = 'free var'
    def inner():
        free
        return locals()
    return inner()
print('inner locals with free var', closure2())
print('globals in function same dict', (lambda: globals() is g)())
print('eval with globals()', eval('x', globals()), eval('x', {'x': 'other'}))
print('sorted user globals', sorted(k for k in globals() if not k.startswith('__') and k not in ('g',))[:4])
def modify_global_via_dict():
    globals()['x'] = 'changed'
modify_global_via_dict()
print('after modify', x)
del globals()['created_via_globals']
print('deleted via dict', 'created_via_globals' in globals())
