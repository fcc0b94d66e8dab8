# errors: missing programs, bad arguments
import subprocess

try:
    subprocess.run(['nosuchprog'])
except FileNotFoundError as e:
    print(type(e).__name__, e)
    print(e.errno, e.strerror, e.filename)
try:
    subprocess.Popen(['nosuchprog', 'arg'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
except OSError as e:
    print(type(e).__name__, e)
try:
    subprocess.check_output(['/no/such/dir/prog'])
except FileNotFoundError as e:
    print(e)
try:
    subprocess.run(['/etc/passwd'])
except PermissionError as e:
    print(type(e).__name__, e)
try:
    subprocess.run(['true'], cwd='/no/such/dir')
except FileNotFoundError as e:
    print(type(e).__name__, e)
try:
    subprocess.run(['true'], cwd='/etc/passwd')
except NotADirectoryError as e:
    print(type(e).__name__, e)
try:
    subprocess.Popen(['true'], bufsize='big')
except TypeError as e:
    print('TypeError:', e)
try:
    subprocess.run(['echo', 'a\0b'])
except ValueError as e:
    print('ValueError:', e)
print(subprocess.run('nosuchprog_in_shell 2>/dev/null', shell=True).returncode)
print(subprocess.call(['sh', '-c', 'exit 255']))

for bad in [lambda: subprocess.run([]), lambda: subprocess.run(None), lambda: subprocess.run([1, 2]),
            lambda: subprocess.run(['echo'], stdout=subprocess.STDOUT), lambda: subprocess.run(['echo'], stdout='x'),
            lambda: subprocess.run(['echo'], env={'A': 1}), lambda: subprocess.run(['echo'], cwd=3),
            lambda: subprocess.run(['echo'], stdin=-7),
            lambda: subprocess.run(['cat'], input='s', stdout=subprocess.PIPE),
            lambda: subprocess.run(['cat'], input=3, stdout=subprocess.PIPE)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
