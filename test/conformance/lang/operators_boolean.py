# Boolean operators: short-circuit, returned operand, truthiness
log = []
def t(v):
    log.append(v)
    return v
print('and short', t(0) and t(1), log); log.clear()
print('and full', t(1) and t(2), log); log.clear()
print('or short', t(1) or t(2), log); log.clear()
print('or full', t(0) or t(''), log); log.clear()
print('chain', t(1) and t(0) or t(3), log); log.clear()
print('not', not t([]), not t([0]), log); log.clear()
for v in (0, 1, -1, 0.0, 0.1, '', ' ', [], [0], (), (0,), {}, {0: 0}, set(), None, 0j, 1j, b'', b'\0', range(0), range(1)):
    print('truth', repr(v), bool(v), not v)
class Falsy:
    def __bool__(self): return False
class LenZero:
    def __len__(self): return 0
class LenTwo:
    def __len__(self): return 2
class Plain:
    pass
print('custom', bool(Falsy()), bool(LenZero()), bool(LenTwo()), bool(Plain()))
print('custom or', type(Falsy() or 'x').__name__, type(LenTwo() and 'y').__name__)
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print('TypeError', e)
class NegLen:
    def __len__(self): return -1
try:
    bool(NegLen())
except ValueError as e:
    print('ValueError', e)
x = [] or {} or 0
print('all falsy returns last', repr(x))
y = 1 and 'a' and [1]
print('all truthy returns last', y)
print('if on values', 'yes' if [None] else 'no', 'yes' if '' else 'no')
cnt = 0
while not cnt > 3:
    cnt += 1
print('while not', cnt)
print('compare chains short', 1 < t(0) < t(5), log); log.clear()
print('compare each once', 0 < t(2) < 3, log); log.clear()
print('any/all short', any(t(i) for i in [0, 2, 0, 3]), log); log.clear()
print('all short', all(t(i) for i in [1, 0, 5]), log); log.clear()
print('bool ops type', type(True and 1).__name__, type(0 or False).__name__)
