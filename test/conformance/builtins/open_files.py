# open(): write, read, append, readlines, iteration, with, modes (file in cwd, deleted after)
import os
name = '_tmp_open_files_case.txt'
with open(name, 'w') as f:
    n = f.write('first line\n')
    f.write('second line\n')
    f.writelines(['third\n', 'fourth'])
    print('write returns count', n, 'closed inside with', f.closed)
print('closed after with', f.closed)
with open(name) as f:
    print('read all', repr(f.read()))
with open(name, 'r') as f:
    print('readline', repr(f.readline()), repr(f.readline()))
    print('readlines rest', f.readlines())
    print('readline at eof', repr(f.readline()))
with open(name) as f:
    print('iteration', [line.rstrip('\n') for line in f])
with open(name) as f:
    print('read(n)', repr(f.read(5)), repr(f.read(3)), 'tell', f.tell())
    f.seek(0)
    print('after seek', repr(f.read(5)))
with open(name, 'a') as f:
    f.write('\nappended')
with open(name) as f:
    lines = f.read().splitlines()
print('after append', lines[-2:], len(lines))
with open(name, 'rb') as f:
    data = f.read()
print('binary read', type(data).__name__, data[:10], len(data))
with open(name, 'wb') as f:
    f.write(b'bytes \xc3\xa9\n')
with open(name, encoding='utf-8') as f:
    print('text decode utf-8', repr(f.read()))
with open(name, 'w', encoding='utf-8') as f:
    print('print to file', 42, file=f)
    print('second', file=f)
with open(name) as f:
    print('printed content', repr(f.read()))
f = open(name)
print('manual open', f.readline().strip())
f.close()
try:
    f.read()
except ValueError as e:
    print('ValueError', e)
print('mode and name', open(name).mode, open(name, 'rb').mode, open(name).name)
with open(name, 'w') as f:
    f.write('a\r\nb\rc\n')
with open(name, newline='') as f:
    print('newline="" keeps endings', repr(f.read()))
with open(name) as f:
    print('universal newlines', repr(f.read()))
try:
    open('_tmp_definitely_missing_file.txt')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.strerror, e.filename)
try:
    with open(name) as f:
        f.write('x')
except OSError as e:
    print(type(e).__name__, e)
try:
    open(name, 'z')
except ValueError as e:
    print('ValueError', e)
with open(name, 'w+') as f:
    f.write('read back after write')
    f.seek(0)
    print('w+ mode', f.read())
with open(name, 'x' if not os.path.exists(name) else 'r') as f:
    pass
try:
    open(name, 'x')
except FileExistsError as e:
    print('FileExistsError', e.errno)
os.remove(name)
print('removed', os.path.exists(name))
