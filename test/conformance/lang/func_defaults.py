# Default argument values: evaluated once, mutable default pitfall
counter = 0
def next_val():
    global counter
    counter += 1
    return counter
def f(x=next_val()):
    return x
print('defaults evaluated at def time', f(), f(), counter)
def append_to(item, target=[]):
    target.append(item)
    return target
print('mutable default 1', append_to(1))
print('mutable default 2', append_to(2))
print('explicit list', append_to(3, []))
print('shared again', append_to(4))
print('__defaults__', append_to.__defaults__)
def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print('None idiom', safe_append(1), safe_append(2))
def g(a, b=2, c=3):
    return (a, b, c)
print('positional', g(1), g(1, 20), g(1, 20, 30))
print('keyword', g(1, c=30), g(a=1, b=2), g(c=0, a=9))
print('g.__defaults__', g.__defaults__)
g.__defaults__ = (200, 300)
print('replaced defaults', g(1))
def h(a, *, k=10, m):
    return a, k, m
print('kwonly defaults', h(1, m=2), h.__kwdefaults__)
x = 5
def capture(v=x):
    return v
x = 6
print('default captured value', capture())
def default_expr(a, b=len('abc') * 2):
    return a + b
print('expression default', default_expr(1))
def default_refers_to_earlier(n, lst=list(range(3))):
    return lst[:n]
print('computed default', default_refers_to_earlier(2))
class Config:
    def method(self, opts={}):
        opts[len(opts)] = True
        return len(opts)
c1, c2 = Config(), Config()
print('method default shared across instances', c1.method(), c2.method(), c1.method())
def dict_default(d={}):
    d.setdefault('calls', 0)
    d['calls'] += 1
    return d['calls']
print('counter via default', dict_default(), dict_default(), dict_default())
lam = lambda a, b=[]: b.append(a) or b
print('lambda default', lam(1), lam(2))
def no_defaults(a, b):
    pass
print('no defaults', no_defaults.__defaults__, no_defaults.__kwdefaults__)
def tuple_default(t=(1, 2)):
    return t + (3,)
print('immutable default safe', tuple_default(), tuple_default())
try:
    exec('def bad(a=1, b): pass')
except SyntaxError as e:
    print('SyntaxError', e.msg)
def outer():
    val = 'outer-local'
    def inner(v=val):
        return v
    val = 'changed'
    return inner()
print('default from enclosing scope at def time', outer())
