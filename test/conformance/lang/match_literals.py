# match: literal, capture, wildcard and value patterns
def describe(v):
    match v:
        case 0:
            return 'zero'
        case 1 | 2 | 3:
            return 'small'
        case -1:
            return 'minus one'
        case 1.5:
            return 'one and a half'
        case 2j:
            return 'imaginary'
        case 'hello':
            return 'greeting'
        case b'bytes':
            return 'bytes literal'
        case True:
            return 'True'
        case None:
            return 'None'
        case _:
            return 'other ' + repr(v)
for v in [0, 1, 3, -1, 1.5, 2j, 'hello', b'bytes', True, None, False, 0.0, 'x', 1.0]:
    print(repr(v), '->', describe(v))
def capture(v):
    match v:
        case 'quit':
            return 'quitting'
        case other:
            return 'captured ' + repr(other)
print(capture('quit'), capture(42))
class Color:
    RED = 'red'
    GREEN = 'green'
def value_pattern(c):
    match c:
        case Color.RED:
            return 'is red'
        case Color.GREEN:
            return 'is green'
        case _:
            return 'unknown color'
print(value_pattern('red'), value_pattern('green'), value_pattern('blue'))
def no_match(v):
    match v:
        case 1:
            return 'one'
    return 'fell through'
print(no_match(2))
def string_concat(v):
    match v:
        case 'ab' 'cd':
            return 'implicit concat literal'
        case -0.5:
            return 'negative float'
        case 1 + 2j:
            return 'complex literal'
    return 'none'
print(string_concat('abcd'), string_concat(-0.5), string_concat(1 + 2j))
x = 'outer'
match 'subject':
    case x:
        pass
print('capture rebinds name', x)
match 5:
    case _:
        print('wildcard does not bind', '_' in dir())
match [1, 2]:
    case [1, 2] as whole:
        print('as pattern', whole)
def bool_vs_int(v):
    match v:
        case True:
            return 'matched True'
        case 1:
            return 'matched 1'
    return 'no'
print('True pattern uses identity', bool_vs_int(1), bool_vs_int(True))
def none_vs_falsy(v):
    match v:
        case None:
            return 'None'
        case False:
            return 'False'
        case 0:
            return 'zero'
    return 'no'
print(none_vs_falsy(None), none_vs_falsy(False), none_vs_falsy(0), none_vs_falsy(''))
for bad in ['match x:\n    case y:\n        pass\n    case 1:\n        pass\n', 'match x:\n    case a | 1:\n        pass\n']:
    try:
        compile(bad, '<m>', 'exec')
    except SyntaxError as e:
        print('SyntaxError', e.msg)
match = 'soft keyword'
case = 'also soft'
print(match, case)
