# The global statement
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print('global increment', counter)
def create():
    global brand_new
    brand_new = 'created inside function'
create()
print('created global', brand_new)
def read_only():
    return counter * 10
print('read without global', read_only())
def shadow():
    counter = 'local'
    return counter
print('local shadows', shadow(), counter)
def unbound():
    try:
        counter += 1
    except UnboundLocalError as e:
        return str(e)
print('UnboundLocalError', unbound())
def multi():
    global a1, a2
    a1, a2 = 1, 2
multi()
print('multiple globals', a1, a2)
def nested():
    def inner():
        global counter
        counter = 100
    inner()
nested()
print('global from nested', counter)
def nested_local():
    counter = 'enclosing'
    def inner():
        global counter
        return counter
    return inner()
print('global skips enclosing', nested_local())
class K:
    global from_class
    from_class = 'set in class body'
print('global in class body', from_class)
def loop_global():
    global idx
    for idx in range(3):
        pass
loop_global()
print('for target global', idx)
def import_global():
    global m
    import math as m
import_global()
print('import as global', m.floor(2.5))
def def_global():
    global helper
    def helper():
        return 'helper'
def_global()
print('def binds global', helper())
code = 'def ex():\n    global ex_var\n    ex_var = 5\nex()'
ns = {}
exec(code, ns)
print('exec namespace global', ns['ex_var'], 'ex_var' in globals())
for src, label in [
    ('def f():\n    x = 1\n    global x\n', 'assigned before global'),
    ('def f(x):\n    global x\n', 'parameter and global'),
    ('def f():\n    print(x)\n    global x\n', 'used before global'),
]:
    try:
        compile(src, '<test>', 'exec')
        print(label, 'ok')
    except SyntaxError as e:
        print(label, '->', e.msg)
def globals_dict():
    globals()['via_dict'] = 'set via globals()'
globals_dict()
print(via_dict)
def del_global():
    global brand_new
    del brand_new
del_global()
print('deleted', 'brand_new' in globals())
