# Scoping inside class bodies and nested functions
x = 'global'
class A:
    x = 'class A'
    y = x + ' (read in class body)'
    def method(self):
        return x
print('class body reads own binding', A.y)
print('method skips class scope', A().method())
class B:
    print('  class body runs at definition; sees global', x)
    x = 'class B'
    print('  now sees own', x)
def outer():
    x = 'enclosing'
    class Inner:
        print('  class in function sees enclosing', x)
        y = x
    return Inner.y
print(outer())
def outer2():
    x = 'enclosing'
    class Inner:
        x = 'class local'
        def m(self):
            return x
    return Inner().m()
print('method sees enclosing function, not class', outer2())
def outer3():
    y = 'enclosing y'
    class Inner:
        z = y
        y = 'class y'
    return Inner.z, Inner.y
try:
    print('class body reads enclosing before local assignment', outer3())
except NameError as e:
    print('class body name assigned later is looked up in globals, not enclosing: NameError', e)
class Counter:
    count = 0
    count += 1
    count += 1
print('augassign in class body', Counter.count)
class WithLoop:
    squares = {}
    for i in range(3):
        squares[i] = i * i
print('loop in class body', WithLoop.squares, WithLoop.i)
class Nested:
    value = 'outer class'
    class Inner:
        try:
            value2 = value
        except NameError as e:
            value2 = 'NameError: ' + str(e)
print('nested class cannot see outer class body', Nested.Inner.value2)
def make():
    items = []
    class Reg:
        def add(self, v):
            items.append(v)
            return items
    return Reg()
r = make()
r.add(1)
print('closure from method', r.add(2))
class Locals:
    a = 1
    b = 2
    names = sorted(k for k in locals() if not k.startswith('__'))
print('locals() in class body', Locals.names)
def fn_locals():
    p = 1
    q = 2
    return sorted(locals())
print('locals() in function', fn_locals())
class UsesGlobal:
    global gx
    gx = 'set by class body'
print(gx)
class Comp:
    base = [1, 2]
    doubled = [v * 2 for v in base]
    try:
        pairs = [(v, w) for v in base for w in base]
    except NameError as e:
        pairs = 'NameError ' + str(e)
print('comprehension in class body', Comp.doubled, Comp.pairs)
