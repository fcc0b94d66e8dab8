# Late binding of closure variables in loops and comprehensions
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print('late binding loop', [f() for f in funcs])
funcs = [lambda: i for i in range(3)]
print('late binding comprehension', [f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print('default arg capture', [f() for f in funcs])
def make(n):
    return lambda: n
funcs = [make(i) for i in range(3)]
print('factory capture', [f() for f in funcs])
i = 'global i'
funcs = [lambda: i for _ in range(2)]
print('comprehension lambda reads global', [f() for f in funcs])
def builder():
    out = []
    for k in 'abc':
        def f():
            return k
        out.append(f)
    k = 'modified after loop'
    return out
print('function defs in loop', [f() for f in builder()])
gens = [(x for _ in range(1)) for x in range(3)]
print('generator bodies bind late too', [next(g) for g in gens])
def lazy_gen():
    n = 1
    g = (n * x for x in range(3))
    n = 10
    return list(g)
print('genexpr body binds late', lazy_gen())
def first_iter_eager():
    data = [1, 2]
    g = (x for x in data)
    data = [100, 200]
    return list(g)
print('first iterable evaluated eagerly', first_iter_eager())
acc = []
for j in range(3):
    def show(j=j):
        return j * 10
    acc.append(show)
print('def default capture', [f() for f in acc])
x = 0
def read_global():
    return x
x = 99
print('global read at call time', read_global())
def nested_loops():
    res = []
    for a in range(2):
        for b in range(2):
            res.append(lambda a=a, b=b: (a, b))
    return [f() for f in res]
print('nested loop capture', nested_loops())
def while_capture():
    fs = []
    n = 0
    while n < 3:
        fs.append(lambda: n)
        n += 1
    return [f() for f in fs]
print('while capture', while_capture())
