# match: sequence patterns
def seq(v):
    match v:
        case []:
            return 'empty'
        case [x]:
            return f'one item {x!r}'
        case [x, y]:
            return f'two items {x!r} {y!r}'
        case [first, *rest] if len(rest) > 3:
            return f'long, first={first!r} rest={rest}'
        case [first, *middle, last]:
            return f'first={first!r} middle={middle} last={last!r}'
for v in [[], [1], (1, 2), [1, 2, 3], list(range(6)), 'ab', range(3)]:
    print(repr(v), '->', seq(v))
def strings_not_sequences(v):
    match v:
        case [a, b]:
            return 'sequence of 2'
        case str():
            return 'string is not a sequence pattern'
        case _:
            return 'other'
print(strings_not_sequences('ab'), strings_not_sequences(b'ab'), strings_not_sequences(bytearray(b'ab')), strings_not_sequences(['a', 'b']))
def nested(v):
    match v:
        case [(a, b), [c, *d]]:
            return ('nested', a, b, c, d)
        case [0, *_]:
            return 'starts with zero'
        case (1, 2, 3):
            return 'tuple pattern matches list too'
    return 'none'
print(nested([(1, 2), [3, 4, 5]]), nested([0, 9, 9]), nested([1, 2, 3]))
def commands(cmd):
    match cmd.split():
        case ['go', direction]:
            return 'going ' + direction
        case ['pick', 'up', item] | ['take', item]:
            return 'taking ' + item
        case ['drop', *items]:
            return 'dropping ' + ','.join(items)
        case ['look']:
            return 'looking'
        case _:
            return 'unknown'
for c in ['go north', 'pick up lamp', 'take sword', 'drop a b c', 'drop', 'look', 'dance now']:
    print(repr(c), '->', commands(c))
def literal_in_seq(v):
    match v:
        case [1, _, 3]:
            return 'middle wildcard'
        case [_, _]:
            return 'any two'
        case [*_]:
            return 'any sequence'
    return 'not a sequence'
print(literal_in_seq([1, 'x', 3]), literal_in_seq([5, 6]), literal_in_seq((1,)), literal_in_seq({1: 2}), literal_in_seq(iter([1])))
class MySeq(list):
    pass
print('list subclass', seq(MySeq([7, 8])))
def as_in_seq(v):
    match v:
        case [int() as n, (str() | bytes()) as s]:
            return f'int {n} and {type(s).__name__} {s!r}'
    return 'no'
print(as_in_seq([3, 'x']), as_in_seq([3, b'y']), as_in_seq([3, 4]))
def star_capture_type(v):
    match v:
        case (a, *b):
            return type(b).__name__, b
print('star capture always list', star_capture_type((1, 2, 3)), star_capture_type('xy' if False else (1,)))
def deque_like(v):
    match v:
        case [x, y, *_]:
            return x + y
print('range sequence', deque_like(range(10, 20)))
