# Decorators with arguments, stacking, and functools.wraps
import functools
def repeat(times):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorator
@repeat(3)
def hello(name):
    """Say hello."""
    return 'hi ' + name
print('repeat', hello('ann'))
print('wraps name/doc', hello.__name__, hello.__doc__)
print('wraps qualname', hello.__qualname__)
print('wrapped attr', hello.__wrapped__('raw'))
def prefix(p):
    def deco(fn):
        @functools.wraps(fn)
        def w(*a):
            return p + fn(*a)
        return w
    return deco
@prefix('<')
@prefix('[')
def word():
    return 'w'
print('stacked with args', word())
print('stacked wraps', word.__name__, word.__wrapped__(), word.__wrapped__.__wrapped__())
def optional_args(fn=None, *, label='default'):
    if fn is None:
        return lambda f: optional_args(f, label=label)
    @functools.wraps(fn)
    def w(*a):
        return f'{label}:{fn(*a)}'
    return w
@optional_args
def plain():
    return 'p'
@optional_args(label='custom')
def labelled():
    return 'l'
print('optional args', plain(), labelled())
def validate(**types):
    def deco(fn):
        @functools.wraps(fn)
        def w(**kwargs):
            for k, t in types.items():
                if not isinstance(kwargs.get(k), t):
                    raise TypeError(f'{k} must be {t.__name__}')
            return fn(**kwargs)
        return w
    return deco
@validate(x=int, y=str)
def show(x, y):
    return y * x
print('validated', show(x=2, y='ab'))
try:
    show(x='2', y='ab')
except TypeError as e:
    print('TypeError', e)
def annotate_deco(fn):
    @functools.wraps(fn)
    def w(*a): return fn(*a)
    return w
@annotate_deco
def annotated(a: int, b: str = 'x') -> bool:
    return True
print('annotations copied', annotated.__annotations__)
def with_dict(fn):
    fn.custom = 'value'
    return fn
@annotate_deco
@with_dict
def has_attr():
    pass
print('__dict__ merged', has_attr.custom)
partial_add = functools.partial(lambda a, b, c: a + b + c, 1, c=10)
print('partial', partial_add(5), partial_add(b=2), partial_add.args, partial_add.keywords)
def decorator_factory_counter():
    count = 0
    def deco(fn):
        nonlocal count
        count += 1
        fn.order = count
        return fn
    return deco
d = decorator_factory_counter()
@d
def first(): pass
@d
def second(): pass
print('shared decorator state', first.order, second.order)
print('reduce', functools.reduce(lambda a, b: a * b, range(1, 8)), functools.reduce(lambda a, b: a + b, [], 'init'))
