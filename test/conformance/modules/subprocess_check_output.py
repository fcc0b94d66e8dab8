# check_output, check_call, call and CalledProcessError
import subprocess

print(subprocess.check_output(['echo', 'a', 'b']))
print(repr(subprocess.check_output(['printf', 'x\\ny']), ))
print(repr(subprocess.check_output(['printf', 'x\\ny'], text=True)))
print(repr(subprocess.check_output('echo shell; echo more', shell=True, universal_newlines=True)))
print(subprocess.check_output(['sh', '-c', 'echo o; echo e >&2'], stderr=subprocess.STDOUT).splitlines().__len__())
print(subprocess.check_output(['cat'], input=b'fed through\n'))
print(subprocess.check_output(['cat'], input=None))

try:
    subprocess.check_output(['sh', '-c', 'echo before; exit 2'])
except subprocess.CalledProcessError as e:
    print(str(e))
    print(repr(e))
    print(e.returncode, e.cmd, e.output, e.stdout, e.stderr)

try:
    subprocess.check_output('kill -9 $$', shell=True)
except subprocess.CalledProcessError as e:
    print(e)
    print(e.returncode)

print(subprocess.call(['true']), subprocess.call(['false']), subprocess.call('exit 9', shell=True))
print(subprocess.check_call(['true']))
try:
    subprocess.check_call(['sh', '-c', 'exit 7'])
except subprocess.CalledProcessError as e:
    print(e, e.output)
try:
    subprocess.check_call(args=['false'])
except subprocess.CalledProcessError as e:
    print(e)

e = subprocess.CalledProcessError(1, 'cmd', b'out', b'err')
print(e, e.args, e.stdout, e.stderr)
e.stdout = b'changed'
print(e.output)
print(subprocess.CalledProcessError(-15, ['x']))
print(subprocess.CalledProcessError(-200, ['x']))
print(subprocess.CalledProcessError(0, 'ok'))

try:
    subprocess.check_output(['true'], stdout=subprocess.PIPE)
except ValueError as e:
    print('ValueError:', e)
