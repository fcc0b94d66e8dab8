# Keyword calls from the same site, repeated (pys caches a binding plan per
# site's keyword names): defaults and keyword-only defaults read at each
# call, also after __defaults__/__kwdefaults__ change; errors worded by the
# general binder.
def f(a, b=2, *, c, d=4):
    return (a, b, c, d)


def g(x, /, y=1, *, z=0):
    return (x, y, z)


def h(p, q):
    return p - q


def show(thunk):
    try:
        return thunk()
    except TypeError as e:
        return 'TypeError: %s' % e


for rnd in range(3):
    print(f(1, c=3), f(1, 5, c=3, d=0), f(a=1, c=2), f(1, b=9, c=1), f(c=7, a=0))
    print(h(q=1, p=5), h(5, q=1), g(1, z=2), g(1, y=5), g(1, 2, z=3))
    print(show(lambda: f(1, a=2, c=3)), show(lambda: f(1)), show(lambda: f(1, c=2, e=3)))
    print(show(lambda: g(x=1)), show(lambda: f(b=1, c=2)), show(lambda: g(1, 2, y=3)))
    print(show(lambda: h(1, p=2)), show(lambda: h(q=2)))
    if rnd == 0:
        f.__kwdefaults__ = {'c': 10, 'd': 20}
        print(show(lambda: f(1, b=3)), show(lambda: f(1, d=1)))
    elif rnd == 1:
        f.__kwdefaults__ = None
        print(show(lambda: f(1, b=3)), show(lambda: f(1, c=1)))
        f.__defaults__ = None
        print(show(lambda: f(1, c=1, d=0)), show(lambda: f(a=1, c=1, d=0)))
        f.__defaults__ = (7,)
        f.__kwdefaults__ = {'d': 8}
