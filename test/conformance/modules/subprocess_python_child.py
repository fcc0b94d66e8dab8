# children that are Python itself (sys.executable): stdin, stderr, exit codes,
# uncaught exceptions, and a child that runs its own child
import subprocess
import sys

code = 'import sys\nfor line in sys.stdin:\n    print(line.strip().upper())\nprint("bye", file=sys.stderr)\nsys.exit(3)\n'
r = subprocess.run([sys.executable, '-c', code], input='one\ntwo\n', capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))

r = subprocess.run([sys.executable, '-c', 'raise ValueError("boom")'], capture_output=True, text=True)
print(r.returncode, r.stdout, r.stderr.splitlines()[-1])

r = subprocess.run([sys.executable, '-c', 'import sys; sys.exit("message")'],
                   capture_output=True, text=True)
print(r.returncode, repr(r.stderr))

inner = 'import subprocess; print(subprocess.check_output(["echo", "nested"]).decode().strip())'
print(subprocess.check_output([sys.executable, '-c', inner], text=True))

p = subprocess.Popen([sys.executable, '-c', 'import sys; sys.stdout.write(sys.stdin.read()[::-1])'],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print(p.communicate(b'stressed'))
print(subprocess.call([sys.executable, '-c', 'import sys; sys.exit(0)']))
