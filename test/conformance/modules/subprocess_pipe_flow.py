# pipes to children: flow control, chunk boundaries, early close, many pipes
import os
import subprocess

# a reader that stops early: the writer still has data, so it gets SIGPIPE
# (the parent reads ahead no more than a pipe's worth, as CPython's buffer)
f = os.popen('yes | head -c 1000000')
print(len(f.readline()), f.close())

# lines across chunk boundaries, and the count of bytes
p = subprocess.Popen(['sh', '-c', 'yes abcdefghijklmnopqrstuvwxyz0123456789 | head -n 30000'], stdout=subprocess.PIPE)
n = total = 0
for line in p.stdout:
    n += 1
    total += len(line)
print(n, total, p.wait())

# readline with a limit, read(n) that spans chunks, then the rest
p = subprocess.Popen(['sh', '-c', 'head -c 200000 /dev/zero | tr "\\0" x; echo; echo tail'], stdout=subprocess.PIPE)
print(len(p.stdout.readline(10)), len(p.stdout.read(150000)), len(p.stdout.readline()), p.stdout.read(), p.wait())

# text mode: read(n) counts characters, also beyond the BMP
p = subprocess.Popen(['printf', 'a\U0001F600b\U0001F600cd\\r\\nxyz'], stdout=subprocess.PIPE, text=True)
print([p.stdout.read(1), p.stdout.read(2), p.stdout.read(3), p.stdout.readline(), p.stdout.read(2), p.stdout.read()])
p.wait()
with os.popen('head -c 300000 /dev/zero | tr "\\0" y') as f:
    sizes = []
    while True:
        s = f.read(65536)
        if not s:
            break
        sizes.append(len(s))
print(sizes)

# both streams at once, larger than a pipe
r = subprocess.run(['sh', '-c', 'head -c 300000 /dev/zero; head -c 200000 /dev/zero >&2'], capture_output=True)
print(len(r.stdout), len(r.stderr), r.returncode)
r = subprocess.run(['cat'], input=b'z' * 500000, stdout=subprocess.PIPE)
print(len(r.stdout), r.returncode)

# what had arrived when the time ran out
try:
    subprocess.run(['sh', '-c', 'echo early; sleep 3'], stdout=subprocess.PIPE, timeout=0.5)
except subprocess.TimeoutExpired as e:
    print('timeout', e.output)

# statuses: exit codes, signals, popen close(), os.system
print([subprocess.run(['sh', '-c', 'exit %d' % c]).returncode for c in (0, 1, 255)])
print(subprocess.run(['sh', '-c', 'kill -TERM $$']).returncode, subprocess.run(['sh', '-c', 'kill -KILL $$']).returncode)
print(os.popen('exit 3').close(), os.popen('kill -INT $$').close(), os.popen('true').close())
print(os.system('exit 4'), os.system('kill -TERM $$'))
w = os.popen('cat >/dev/null', 'w')
w.write('data\n')
print(w.close())

# many children with pipes in a row (more than one batch of fifos)
outs = set()
for i in range(150):
    outs.add(os.popen('echo %d' % (i % 3)).read())
print(sorted(outs))
codes = [subprocess.run(['sh', '-c', 'echo x; echo y >&2'], capture_output=True).stdout for _ in range(40)]
print(set(codes))
fds = sorted(os.listdir('/proc/self/fd'), key=int)
before = len(fds)
for _ in range(20):
    os.popen('echo').read()
print(len(os.listdir('/proc/self/fd')) - before <= 2)

# a pipeline of three
a = subprocess.Popen(['printf', '3\\n1\\n2\\n'], stdout=subprocess.PIPE)
b = subprocess.Popen(['sort'], stdin=a.stdout, stdout=subprocess.PIPE)
c = subprocess.Popen(['tr', '123', 'abc'], stdin=b.stdout, stdout=subprocess.PIPE)
a.stdout.close()
b.stdout.close()
print(c.communicate()[0], a.wait(), b.wait(), c.returncode)

# the environment and the working directory a child gets
os.environ['PYS_FLOW_VAR'] = 'one'
print(subprocess.run(['sh', '-c', 'echo $PYS_FLOW_VAR'], capture_output=True, text=True).stdout)
os.environ['PYS_FLOW_VAR'] = 'two'
print(os.popen('echo $PYS_FLOW_VAR').read())
del os.environ['PYS_FLOW_VAR']
print(repr(os.popen('echo ${PYS_FLOW_VAR-unset}').read()))
print(subprocess.run(['pwd'], cwd='/', capture_output=True, text=True).stdout)
print(subprocess.run(['sh', '-c', 'echo ${HOME-none} $ONLY'], env={'ONLY': 'x'}, capture_output=True, text=True).stdout)

# writing to a child: a reader that has gone, one that stops early, many
# small writes, a conversation line by line
p = subprocess.Popen(['sh', '-c', 'exit 0'], stdin=subprocess.PIPE)
p.wait()
try:
    p.stdin.write(b'x' * 100000)
    p.stdin.flush()
    print('no error')
except BrokenPipeError as e:
    print('BrokenPipeError', e.errno)
try:
    p.stdin.close()
except BrokenPipeError:
    print('close: BrokenPipeError')
r = subprocess.run(['head', '-c', '10'], input=b'y' * 1000000, capture_output=True)
print(r.stdout, r.returncode)
p = subprocess.Popen(['wc', '-l'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
for i in range(20000):
    p.stdin.write(b'line %d\n' % i)
p.stdin.close()
print(p.stdout.read().strip(), p.wait())
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
p.stdin.write('hello\n')
p.stdin.flush()
print(repr(p.stdout.readline()))
p.stdin.write('bye\n')
p.stdin.close()
print(repr(p.stdout.read()), p.wait())
f = os.popen('sort -r > /dev/null', 'w')
for word in ['a', 'c', 'b']:
    f.write(word + '\n')
print(f.close())
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print(len(p.communicate(b'z' * 3000000)[0]), p.returncode)
