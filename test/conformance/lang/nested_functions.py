# Nested functions, function objects and attributes
def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle
print('three levels', outer(1)(10)(100))
print('qualnames', outer.__qualname__, outer(1).__qualname__, outer(1)(2).__qualname__)
def counter():
    def inc():
        inc.calls += 1
        return inc.calls
    inc.calls = 0
    return inc
c = counter()
c(); c()
print('function attribute state', c(), c.calls)
def f():
    pass
print('function attrs', f.__name__, f.__module__, f.__defaults__, f.__kwdefaults__, f.__closure__)
f.__name__ = 'renamed'
print('rename', f.__name__, f.__qualname__)
print('function dict', f.__dict__)
f.custom = 1
print('function dict after set', f.__dict__)
def recursive_inner(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)
print('recursive inner', recursive_inner(10))
def make_ops():
    ops = {}
    def register(name):
        def deco(fn):
            ops[name] = fn
            return fn
        return deco
    @register('add')
    def add(a, b): return a + b
    @register('mul')
    def mul(a, b): return a * b
    return ops
ops = make_ops()
print('registered inner functions', sorted(ops), ops['mul'](3, 4))
def conditional_def(flag):
    if flag:
        def g(): return 'first'
    else:
        def g(): return 'second'
    return g()
print('conditional def', conditional_def(True), conditional_def(False))
def redefine():
    def h(): return 1
    first = h
    def h(): return 2
    return first(), h()
print('redefinition', redefine())
def returns_many():
    return [lambda: i for i in range(2)], [(lambda j=j: j) for j in range(2)]
late, early = returns_many()
print('late vs early', [fn() for fn in late], [fn() for fn in early])
def apply(fn, *args, **kw):
    return fn(*args, **kw)
print('higher order', apply(pow, 2, 10), apply(sorted, [3, 1], reverse=True))
def gen_factory(n):
    def gen():
        for i in range(n):
            yield i
    return gen
print('generator factory', list(gen_factory(3)()))
print('same code object for each closure', outer(1).__code__ is outer(2).__code__)
print('different function objects', outer(1) is outer(1))
def with_docstring_and_default(x=[]):
    """doc"""
    x.append(len(x))
    return x
print('calls', with_docstring_and_default(), with_docstring_and_default())
print('callable check', callable(outer), callable(outer(1)))
print('repr prefix', repr(outer).startswith('<function outer at'), repr(outer(1)).startswith('<function outer.<locals>.middle at'))
