# subprocess.run: CompletedProcess, returncodes, capture, DEVNULL, STDOUT
import subprocess
import sys

r = subprocess.run(['echo', 'hello'], capture_output=True)
print(r)
print(type(r).__name__, r.args, r.returncode, r.stdout, r.stderr)
r.check_returncode()

r = subprocess.run(['sh', '-c', 'exit 3'])
print(r.returncode, r.stdout, r.stderr)
print(repr(r))
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print('check_returncode:', e)

r = subprocess.run(['sh', '-c', 'echo out; echo err >&2'], capture_output=True)
print(r.stdout, r.stderr)

r = subprocess.run(['sh', '-c', 'echo out; echo err >&2'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(sorted(r.stdout.splitlines()), r.stderr)

r = subprocess.run(['sh', '-c', 'echo out; echo err >&2'], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
print(r.stdout, r.stderr)

r = subprocess.run(['echo', 'nowhere'], stdout=subprocess.DEVNULL)
print(r)

r = subprocess.run('echo $((6 * 7))', shell=True, stdout=subprocess.PIPE, text=True)
print(repr(r.stdout), r.args)

r = subprocess.run(['false'])
print('false ->', r.returncode)
r = subprocess.run(['true'], check=True)
print('true ->', r.returncode)
try:
    subprocess.run(['sh', '-c', 'echo partial; exit 5'], check=True, capture_output=True)
except subprocess.CalledProcessError as e:
    print(e)
    print(e.returncode, e.cmd, e.output, e.stdout, e.stderr)

r = subprocess.run([sys.executable, '-c', 'import sys; print(6 * 7); sys.exit(4)'], capture_output=True, text=True)
print(r.returncode, repr(r.stdout))

print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
print(issubclass(subprocess.CalledProcessError, subprocess.SubprocessError),
      issubclass(subprocess.TimeoutExpired, subprocess.SubprocessError),
      issubclass(subprocess.SubprocessError, Exception))
