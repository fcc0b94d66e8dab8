# The assert statement
assert True
assert 1 == 1, 'not shown'
try:
    assert False
except AssertionError as e:
    print('bare assert', repr(e), e.args)
try:
    assert 1 > 2, 'one is not greater than two'
except AssertionError as e:
    print('message', e)
try:
    assert [], ['list', 'message']
except AssertionError as e:
    print('non-string message', e.args[0], type(e.args[0]).__name__)
calls = []
def msg():
    calls.append('msg evaluated')
    return 'lazy'
assert True, msg()
print('message not evaluated when true', calls)
try:
    assert 0, msg()
except AssertionError as e:
    print('evaluated when false', e, calls)
x = 5
try:
    assert x < 0, f'x should be negative, got {x}'
except AssertionError as e:
    print('f-string message', e)
def check(v):
    assert isinstance(v, int), f'expected int, got {type(v).__name__}'
    return v * 2
print('passes', check(4))
try:
    check('s')
except AssertionError as e:
    print('fails', e)
try:
    assert (False, 'tuple is truthy')
    print('assert with parenthesized tuple always passes')
except AssertionError:
    print('never')
class Falsy:
    def __bool__(self):
        return False
try:
    assert Falsy(), 'custom falsy'
except AssertionError as e:
    print('custom bool', e)
print('__debug__', __debug__)
try:
    assert None
except AssertionError as e:
    print('None fails', type(e).__name__, str(e) == '')
try:
    assert 1 == 2, None
except AssertionError as e:
    print('None message', e.args)
def in_loop():
    for i in range(5):
        assert i < 3, i
try:
    in_loop()
except AssertionError as e:
    print('from loop', e.args)
print('AssertionError is Exception', issubclass(AssertionError, Exception))
