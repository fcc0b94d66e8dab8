# several threads waiting on children at once: each wait parks only its thread
import subprocess
import threading
import time

results = {}

def run(name, delay):
    out = subprocess.run(['sh', '-c', 'sleep %s; echo %s' % (delay, name)],
                         capture_output=True, text=True).stdout
    results[name] = out.strip()

start = time.monotonic()
threads = [threading.Thread(target=run, args=('t%d' % i, 0.5)) for i in range(4)]
for t in threads:
    t.start()
ticks = 0
while any(t.is_alive() for t in threads):
    ticks += 1
    time.sleep(0.02)
for t in threads:
    t.join()
elapsed = time.monotonic() - start
print(sorted(results.items()))
print('concurrent:', elapsed < 1.8, 'main ran meanwhile:', ticks > 3)

# a reader thread consumes one child's output while the main thread feeds it
p = subprocess.Popen(['tr', 'a-z', 'A-Z'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
lines = []
def reader():
    for line in p.stdout:
        lines.append(line)
r = threading.Thread(target=reader)
r.start()
for i in range(200):
    p.stdin.write(b'line %d abc\n' % i)
p.stdin.close()
r.join()
print(len(lines), lines[0], lines[-1], p.wait())
