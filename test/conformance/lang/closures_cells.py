# Closures: cells shared between inner functions, __closure__
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc()
print('shared cell', get(), inc(), get())
inc2, get2 = make_counter()
print('independent closures', inc2(), get())
def adder(n):
    return lambda x: x + n
add5 = adder(5)
print('lambda closure', add5(10), adder(-1)(1))
print('closure cell contents', add5.__closure__[0].cell_contents)
print('free vars', add5.__code__.co_freevars)
def outer():
    x = 'outer x'
    def middle():
        def inner():
            return x
        return inner
    return middle()
print('two levels up', outer()())
def no_closure():
    return 1
print('no closure', no_closure.__closure__)
def modify_after():
    val = 1
    def read():
        return val
    val = 2
    return read
print('cell sees later assignment', modify_after()())
def make_accumulators():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
acc = make_accumulators()
acc(1); acc(2)
print('mutable captured', acc(3))
def class_in_func():
    secret = 'hidden'
    class Inner:
        def reveal(self):
            return secret
        attr = secret.upper()
    return Inner
I = class_in_func()
print('class body and method see enclosing', I().reveal(), I.attr)
def class_scope_skip():
    y = 'function y'
    class A:
        y = 'class y'
        def m(self):
            return y
        z = [y for _ in range(1)]
    return A().m(), A.z
print('methods skip class scope', class_scope_skip())
def deleted_cell():
    v = 1
    def get():
        return v
    del v
    try:
        return get()
    except NameError as e:
        return type(e).__name__ + ': ' + str(e)
print(deleted_cell())
def fib_memo():
    memo = {}
    def fib(n):
        if n < 2:
            return n
        if n not in memo:
            memo[n] = fib(n - 1) + fib(n - 2)
        return memo[n]
    return fib
print('recursive closure', fib_memo()(80))
def counter_factory():
    funcs = {}
    for name in ('a', 'b'):
        def make(nm):
            calls = 0
            def f():
                nonlocal calls
                calls += 1
                return f'{nm}:{calls}'
            return f
        funcs[name] = make(name)
    return funcs
fs = counter_factory()
print('factory', fs['a'](), fs['a'](), fs['b']())
def param_cell(p):
    def show():
        return p
    p = p * 2
    return show
print('parameter captured as cell', param_cell(21)())
