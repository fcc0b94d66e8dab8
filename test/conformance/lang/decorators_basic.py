# Decorators without arguments
def trace(fn):
    def wrapper(*args, **kwargs):
        print('  call', fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print('  return', result)
        return result
    return wrapper
@trace
def add(a, b):
    return a + b
print('decorated result', add(2, 3))
print('wrapper name without wraps', add.__name__)
def register(fn):
    registry.append(fn.__name__)
    return fn
registry = []
@register
def one(): pass
@register
def two(): pass
print('registry', registry, one.__name__)
def replace_with_value(fn):
    return fn()
@replace_with_value
def computed():
    return 42
print('decorator replaces with value', computed)
order = []
def deco(name):
    def d(fn):
        order.append(name)
        return fn
    return d
@deco('outer')
@deco('middle')
@deco('inner')
def stacked():
    pass
print('applied bottom up', order)
def count_calls(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper
@count_calls
def noop(x):
    return x
noop(1); noop(2); noop(3)
print('function attribute on wrapper', noop.calls)
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print('class as decorator', fib(60), type(fib).__name__, len(fib.cache))
def method_deco(fn):
    def wrapper(self, *a):
        return 'decorated ' + fn(self, *a)
    return wrapper
class Greeter:
    @method_deco
    def greet(self, who):
        return 'hello ' + who
print(Greeter().greet('bob'))
evaluated = []
def expr_deco(tag):
    evaluated.append(tag)
    return lambda f: f
@expr_deco('first') if True else None
def weird():
    return 'arbitrary expression decorator'
print(weird(), evaluated)
decorators = {'loud': lambda f: lambda: f().upper()}
@decorators['loud']
def quiet():
    return 'shh'
print('subscript decorator', quiet())
def timestamp_free(fn):
    fn.tagged = True
    return fn
@timestamp_free
def tagged():
    pass
print('attribute added', tagged.tagged)
def deco_sees_name(fn):
    print('  decorating', fn.__qualname__)
    return fn
class Host:
    @deco_sees_name
    def method(self):
        pass
    @staticmethod
    @deco_sees_name
    def static():
        return 'static ok'
print(Host.static())
