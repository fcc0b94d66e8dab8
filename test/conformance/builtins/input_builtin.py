# input() reading from stdin (fed from input_builtin.stdin)
name = input()
print('got name', repr(name))
age = input('prompt is written to stdout: ')
print()
print('got age', repr(age), int(age) + 1)
line = input()
print('whitespace kept', repr(line))
empty = input()
print('empty line', repr(empty))
numbers = [int(x) for x in input().split()]
print('numbers', numbers, sum(numbers))
a, b = map(float, input('two floats> ').split(','))
print()
print('floats', a + b)
lines = []
while True:
    s = input()
    if s == 'END':
        break
    lines.append(s.upper())
print('loop until sentinel', lines)
print('input with non-str prompt', end=' ')
val = input(42)
print()
print('value', repr(val))
import sys
rest = sys.stdin.readline()
print('readline after input', repr(rest))
remaining = sys.stdin.read()
print('read remaining', repr(remaining))
try:
    input()
except EOFError as e:
    print('EOFError', repr(str(e)))
try:
    input('at eof> ')
except EOFError as e:
    print()
    print('EOFError again', type(e).__name__)
