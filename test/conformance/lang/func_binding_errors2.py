# More call errors: non-callables, builtins, nested functions
def outer():
    def inner(x):
        return x
    return inner
fn = outer()
try:
    fn()
except TypeError as e:
    print('nested qualname ->', e)
class K:
    class Inner:
        def method(self, q):
            pass
try:
    K.Inner().method()
except TypeError as e:
    print('nested class ->', e)
for obj in (1, 'str', None, [1], (1,), {}, 1.5):
    try:
        obj()
    except TypeError as e:
        print('call', type(obj).__name__, '->', e)
class NoCall:
    pass
try:
    NoCall()()
except TypeError as e:
    print('instance ->', e)
try:
    len()
except TypeError as e:
    print('len() ->', e)
try:
    len(1, 2)
except TypeError as e:
    print('len(1, 2) ->', e)
try:
    len(5)
except TypeError as e:
    print('len(5) ->', e)
try:
    abs()
except TypeError as e:
    print('abs() ->', e)
try:
    isinstance(1)
except TypeError as e:
    print('isinstance(1) ->', e)
try:
    [].append()
except TypeError as e:
    print('append() ->', e)
try:
    [].append(1, 2)
except TypeError as e:
    print('append(1, 2) ->', e)
try:
    'abc'.split(1)
except TypeError as e:
    print('split(1) ->', e)
try:
    int('1', 2, 3)
except TypeError as e:
    print('int 3 args ->', e)
try:
    'x'.join([1])
except TypeError as e:
    print('join ints ->', e)
try:
    sum()
except TypeError as e:
    print('sum() ->', e)
try:
    max()
except TypeError as e:
    print('max() ->', e)
try:
    dict(1)
except TypeError as e:
    print('dict(1) ->', e)
try:
    range()
except TypeError as e:
    print('range() ->', e)
try:
    print(sep=1)
except TypeError as e:
    print('print sep ->', e)
def gen():
    yield 1
try:
    gen(1)
except TypeError as e:
    print('generator func ->', e)
try:
    (lambda: 0)(1)
except TypeError as e:
    print('lambda ->', e)
try:
    (lambda *, a: 0)()
except TypeError as e:
    print('lambda kw ->', e)
class WithStatic:
    @staticmethod
    def s(a):
        pass
    @classmethod
    def c(cls, a):
        pass
try:
    WithStatic.s()
except TypeError as e:
    print('staticmethod ->', e)
try:
    WithStatic.c()
except TypeError as e:
    print('classmethod ->', e)
