# sys.stdin on a pipe (fed from stdin_pipe.stdin): input(), readline(),
# iteration, read(n), readlines() and EOF, mixed, and input() in a thread
import sys
import threading

print('input', repr(input('prompt> ')))
print('readline', repr(sys.stdin.readline()))
print('readline(3)', repr(sys.stdin.readline(3)), repr(sys.stdin.readline()))
print('next', repr(next(sys.stdin)))
print('read(5)', repr(sys.stdin.read(5)))
for line in sys.stdin:
    print('for', repr(line))
    if line.startswith('stop'):
        break
got = []
t = threading.Thread(target=lambda: got.append(input()))
t.start()
t.join()
print('thread input', got)
print('readlines', sys.stdin.readlines())
print('at EOF', repr(sys.stdin.readline()), repr(sys.stdin.read()), list(sys.stdin))
try:
    input('last? ')
except EOFError as e:
    print()
    print('EOFError', e)
