# if / elif / else chains and conditions of every type
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    elif n < 100:
        return 'medium'
    else:
        return 'large'
for n in (-5, 0, 3, 42, 1000):
    print('classify', n, classify(n))
def first_true(*vals):
    for v in vals:
        if v:
            return repr(v)
    else:
        return 'none'
print('first_true', first_true(0, '', [], 'x'), first_true(0, None))
x = 7
if x > 5: print('one-line if')
if x > 50: print('never')
else: print('one-line else')
if x: pass
if (x > 1 and
        x < 10):
    print('multi-line condition')
if x == 7:
    if x % 2:
        print('nested odd')
    else:
        print('nested even')
empty = []
if not empty:
    print('empty list is falsy')
if empty is not None:
    print('but not None')
log = []
def side(v):
    log.append(v)
    return v
if side(0):
    pass
elif side(1):
    pass
elif side(2):
    pass
print('elif evaluation stops', log)
value = 'b'
if value in ('a', 'b', 'c'):
    print('membership test')
if (n := len('hello')) > 3:
    print('walrus in if', n)
result = 'even' if x % 2 == 0 else 'odd'
print('conditional expression', result)
if 0.0 or 0j or '' or b'' or () or {} or set() or frozenset() or range(0):
    print('never')
else:
    print('all zero-like values are falsy')
class Weird:
    def __bool__(self):
        log.append('bool called')
        return True
log.clear()
if Weird():
    print('custom truth', log)
try:
    if undefined_var:
        pass
except NameError as e:
    print('NameError', e)
def ret_in_branches(a):
    if a:
        v = 'set'
    print('after if', a)
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
print(ret_in_branches(True))
print(ret_in_branches(False))
