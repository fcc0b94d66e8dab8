# NameError and UnboundLocalError messages
try:
    undefined_thing
except NameError as e:
    print(type(e).__name__, e, '| name attr:', e.name)
x = 'global x'
def shadowed():
    print(x)
    x = 'local'
try:
    shadowed()
except UnboundLocalError as e:
    print(type(e).__name__, e)
    print('is NameError', isinstance(e, NameError))
def conditional(flag):
    if flag:
        y = 1
    return y
print('bound', conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
def aug():
    total += 1
total = 0
try:
    aug()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def free_var_unbound():
    def inner():
        return z
    try:
        return inner()
    except NameError as e:
        return type(e).__name__ + ': ' + str(e)
    z = 1
print(free_var_unbound())
def deleted_local():
    v = 1
    del v
    return v
try:
    deleted_local()
except UnboundLocalError as e:
    print(type(e).__name__, e)
try:
    del never_defined
except NameError as e:
    print(type(e).__name__, e)
def use_builtin_shadow():
    try:
        return len('abc')
    finally:
        pass
    len = None
try:
    use_builtin_shadow()
except UnboundLocalError as e:
    print('assignment later makes builtin name local:', e)
class C:
    attr = 1
    def method(self):
        return attr
try:
    C().method()
except NameError as e:
    print('class attributes are not in method scope:', e)
try:
    print(__undefined_dunder__)
except NameError as e:
    print(type(e).__name__, e)
def loop_var():
    for i in range(0):
        pass
    return i
try:
    loop_var()
except UnboundLocalError as e:
    print('empty loop:', e)
def except_var():
    try:
        raise ValueError
    except ValueError as err:
        pass
    return err
try:
    except_var()
except UnboundLocalError as e:
    print('except target cleared:', e)
try:
    exec('print(qqq)', {})
except NameError as e:
    print('exec namespace', e)
try:
    eval('a + 1', {'b': 1})
except NameError as e:
    print('eval namespace', e)
print('suggestion-free message text', str(NameError("name 'lenn' is not defined")))
import builtins
print('builtins visible', builtins.len is len)
len = lambda s: 'shadowed'
print('module-level shadow', len('x'))
del len
print('restored builtin', len('xy'))
