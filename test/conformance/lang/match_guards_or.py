# match: guards, or-patterns, as-patterns and evaluation order
log = []
def g(label, result):
    log.append(label)
    return result
def classify(v):
    match v:
        case int(n) if g('guard neg', n < 0):
            return 'negative'
        case int(n) if g('guard big', n > 100):
            return 'big'
        case int():
            return 'ordinary int'
        case (1 | 2 | 3) as small:
            return 'unreachable'
    return 'no'
for v in [-5, 500, 7]:
    log.clear()
    print(v, classify(v), log)
def or_patterns(v):
    match v:
        case 'y' | 'yes' | 'Y':
            return True
        case 'n' | 'no' | 'N':
            return False
        case [('a' | 'b') as letter, (1 | 2) as num]:
            return (letter, num)
        case {'k': 1} | {'k': 2}:
            return 'dict or'
        case (x, 0) | (0, x):
            return ('one zero, other', x)
    return None
for v in ['yes', 'N', ['b', 2], ['c', 1], {'k': 2}, (5, 0), (0, 6), 'maybe']:
    print(repr(v), '->', or_patterns(v))
def guard_binds_even_when_false(v):
    match v:
        case [x] if x > 10:
            return 'big'
        case _:
            return f'x was bound to {x}'
print(guard_binds_even_when_false([3]))
def guard_side_effects(v):
    hits = []
    match v:
        case n if hits.append('first') or n == 1:
            pass
        case n if hits.append('second') or n == 2:
            pass
        case _:
            hits.append('default')
    return hits
print(guard_side_effects(1), guard_side_effects(2), guard_side_effects(3))
def nested_as(v):
    match v:
        case [[_, _] as pair, *_] as whole:
            return pair, len(whole)
    return None
print(nested_as([[1, 2], 3, 4]))
try:
    compile('match x:\n    case [a] | [b]:\n        pass\n', '<m>', 'exec')
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    compile('match x:\n    case [a, a]:\n        pass\n', '<m>', 'exec')
except SyntaxError as e:
    print('SyntaxError', e.msg)
def fizzbuzz(n):
    match (n % 3, n % 5):
        case (0, 0):
            return 'FizzBuzz'
        case (0, _):
            return 'Fizz'
        case (_, 0):
            return 'Buzz'
        case _:
            return str(n)
print(' '.join(fizzbuzz(i) for i in range(1, 16)))
def subject_evaluated_once():
    calls = []
    def subj():
        calls.append(1)
        return 3
    match subj():
        case 1: pass
        case 2: pass
        case 3: pass
    return len(calls)
print('subject evaluated once', subject_evaluated_once())
match 1, 2:
    case (a, b):
        print('tuple subject without parens', a, b)
match [1, 2, 3]:
    case [1, *rest] if rest:
        print('guard on star rest', rest)
def multiple_guards(pt):
    match pt:
        case (x, y) if x > 0 and y > 0:
            return 'Q1'
        case (x, y) if x < 0 < y:
            return 'Q2'
        case (x, y):
            return 'elsewhere'
print([multiple_guards(p) for p in [(1, 1), (-1, 1), (0, 0)]])
