# TimeoutExpired: run(timeout=), wait(timeout), communicate(timeout)
import subprocess
import time

t0 = time.monotonic()
try:
    subprocess.run(['sleep', '5'], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd, e.timeout > 0, e.output, e.stdout, e.stderr)
print('quick:', time.monotonic() - t0 < 3)

t0 = time.monotonic()
try:
    subprocess.run(['sh', '-c', 'echo started; sleep 5'], timeout=0.3, capture_output=True)
except subprocess.TimeoutExpired as e:
    print(e)
    print(e.cmd, e.timeout, e.stdout, e.stderr)
print('quick:', time.monotonic() - t0 < 3)

p = subprocess.Popen(['sleep', '5'])
try:
    p.wait(timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(e)
print(p.poll(), p.returncode)
p.kill()
print(p.wait(), p.returncode, p.poll())

p = subprocess.Popen(['sh', '-c', 'echo hi; sleep 5'], stdout=subprocess.PIPE)
try:
    p.communicate(timeout=0.3)
except subprocess.TimeoutExpired as e:
    print(e)
p.terminate()
print(p.communicate())
print(p.returncode)

try:
    subprocess.check_output(['sleep', '5'], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(e)
try:
    subprocess.call(['sleep', '5'], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(e)

e = subprocess.TimeoutExpired(['x', 'y'], 1.5, output=b'o')
print(e, e.args, e.stdout)
e.stdout = b'new'
print(e.output)
print(subprocess.run(['sleep', '0.1'], timeout=5).returncode)
