# Popen: communicate, reading and iterating pipes, stdin, signals, context manager
import subprocess


p = subprocess.Popen(['sh', '-c', 'echo out; echo err >&2; exit 2'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
print(type(p.pid), p.pid > 0, p.args)
print(p.communicate())
print(p.returncode, p.poll(), p.wait())
print(p.stdout.closed, p.stderr.closed, p.stdin)
print(repr(p))

p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b'through cat\n')
print(out, err, p.returncode)
try:
    p.communicate(b'more')
except ValueError as e:
    print('ValueError:', e)

p = subprocess.Popen(['sh', '-c', 'for i in 1 2 3; do echo line $i; done'], stdout=subprocess.PIPE)
for line in p.stdout:
    print(line)
p.stdout.close()
print(p.wait())

p = subprocess.Popen(['sh', '-c', 'printf "a\\nb\\nc"'], stdout=subprocess.PIPE, text=True)
print(repr(p.stdout.readline()))
print(repr(p.stdout.readline()))
print(repr(p.stdout.readline()))
print(repr(p.stdout.readline()))
p.stdout.close()
p.wait()

p = subprocess.Popen(['seq', '1', '5'], stdout=subprocess.PIPE, text=True)
print(p.stdout.readlines())
p.stdout.close()
p.wait()

p = subprocess.Popen(['seq', '1', '5'], stdout=subprocess.PIPE)
print(next(p.stdout), list(p.stdout))
p.stdout.close()
p.wait()

p = subprocess.Popen(['seq', '10', '15'], stdout=subprocess.PIPE)
print(p.stdout.read(4), p.stdout.read(3), p.stdout.read())
print(p.stdout.read(), p.stdout.readline())
p.stdout.close()
p.wait()

p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
p.stdin.write(b'first\n')
p.stdin.flush()
print(p.stdout.readline())
p.stdin.write(b'second\n')
p.stdin.close()
print(p.stdout.read())
p.stdout.close()
print(p.wait())

with subprocess.Popen(['echo', 'ctx'], stdout=subprocess.PIPE) as p:
    print(p.stdout.read())
print(p.returncode, p.stdout.closed)

p = subprocess.Popen(['sleep', '10'])
p.terminate()
print(p.wait())
p = subprocess.Popen(['sleep', '10'])
p.kill()
print(p.wait())
p = subprocess.Popen(['sleep', '10'])
p.send_signal(2)
print(p.wait())
p.kill()
p.send_signal(15)
print(p.returncode)

p = subprocess.Popen(['sh', '-c', 'exit 0'], bufsize=0)
print(p.wait(), repr(p))
p = subprocess.Popen('echo $0 | tr a-z A-Z', shell=True, stdout=subprocess.PIPE)
print(p.communicate()[0])
try:
    p.stdout.read()
except ValueError as e:
    print('ValueError:', e)

# a child that writes without end, read a little at a time
p = subprocess.Popen(['yes', 'spam'], stdout=subprocess.PIPE)
print([p.stdout.readline() for i in range(3)], len(p.stdout.read(3000000)), p.stdout.read(5))
p.kill()
print(p.wait())
p.stdout.close()
