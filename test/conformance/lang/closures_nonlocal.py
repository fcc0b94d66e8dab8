# nonlocal semantics and errors
def outer():
    x = 1
    def inner():
        nonlocal x
        x = 2
    inner()
    return x
print('nonlocal rebinds', outer())
def no_nonlocal():
    x = 1
    def inner():
        x = 2
        return x
    inner()
    return x
print('without nonlocal local shadow', no_nonlocal())
def skip_level():
    x = 'level1'
    def level2():
        def level3():
            nonlocal x
            x = 'set from level3'
        level3()
    level2()
    return x
print('nonlocal finds nearest binding', skip_level())
def nearest():
    x = 'outer'
    def mid():
        x = 'mid'
        def inner():
            nonlocal x
            x = 'inner set'
        inner()
        return x
    return mid(), x
print('binds nearest enclosing', nearest())
def multiple():
    a = b = 0
    def bump():
        nonlocal a, b
        a += 1
        b += 10
    bump(); bump()
    return a, b
print('multiple names', multiple())
for src, label in [
    ('def f():\n    nonlocal x\n', 'no enclosing'),
    ('nonlocal x\n', 'module level'),
    ('def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n', 'assigned before'),
    ('def f(x):\n    nonlocal x\n', 'parameter'),
    ('def f():\n    global y\n    def g():\n        nonlocal y\n', 'global in enclosing'),
    ('def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n', 'both'),
]:
    try:
        compile(src, '<test>', 'exec')
        print(label, 'compiled')
    except SyntaxError as e:
        print(label, '->', e.msg)
def gen_with_nonlocal():
    total = 0
    def g():
        nonlocal total
        for i in range(4):
            total += i
            yield total
    return list(g()), total
print('generator nonlocal', gen_with_nonlocal())
def class_nonlocal():
    v = 'fn'
    class C:
        nonlocal v
        v = 'changed from class body'
    return v
print('nonlocal in class body', class_nonlocal())
def counter():
    n = 0
    def step(k=1):
        nonlocal n
        n += k
        return n
    return step
s = counter()
print('steps', s(), s(5), s(-2))
def nonlocal_del():
    x = 1
    def d():
        nonlocal x
        del x
    d()
    try:
        return x
    except NameError as e:
        return str(e)
print('nonlocal del', nonlocal_del())
def comprehension_nonlocal():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    vals = [inc() for _ in range(3)]
    return vals, count
print('through comprehension', comprehension_nonlocal())
