# input=, text mode, encodings and newlines
import subprocess

r = subprocess.run(['cat'], input=b'bytes in\n', capture_output=True)
print(r.stdout, r.stderr)
r = subprocess.run(['cat'], input='text in\n', capture_output=True, text=True)
print(repr(r.stdout), repr(r.stderr))
r = subprocess.run(['cat'], input='caf\u00e9 \u2603\n', stdout=subprocess.PIPE, encoding='utf-8')
print(ascii(r.stdout))
r = subprocess.run(['cat'], input='caf\u00e9\n', stdout=subprocess.PIPE, encoding='latin-1')
print(ascii(r.stdout))
r = subprocess.run(['printf', 'a\\r\\nb\\rc\\n'], stdout=subprocess.PIPE, universal_newlines=True)
print(repr(r.stdout))
r = subprocess.run(['printf', 'a\\r\\nb\\rc\\n'], stdout=subprocess.PIPE)
print(repr(r.stdout))
r = subprocess.run(['printf', '\\377ok'], stdout=subprocess.PIPE, encoding='utf-8', errors='replace')
print(ascii(r.stdout))
r = subprocess.run(['wc', '-c'], input=b'x' * 300000, capture_output=True)
print(r.stdout.split())
r = subprocess.run(['cat'], input=b'y' * 300000, capture_output=True)
print(len(r.stdout), r.stdout[:3])
r = subprocess.run(['sh', '-c', 'head -c 5; echo; echo done'], input=b'abcdefgh' * 50000, capture_output=True)
print(r.stdout, r.returncode)

try:
    subprocess.run(['cat'], input=b'x', stdin=subprocess.PIPE)
except ValueError as e:
    print('ValueError:', e)
try:
    subprocess.run(['cat'], input='str', capture_output=True)
except TypeError as e:
    print('TypeError')
try:
    subprocess.run(['true'], capture_output=True, stderr=subprocess.PIPE)
except ValueError as e:
    print('ValueError:', e)
try:
    subprocess.Popen(['true'], text=True, universal_newlines=False)
except subprocess.SubprocessError as e:
    print(type(e).__name__, e)

p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
print(p.stdin.write('line one\n'), p.stdin.write('two\n'))
p.stdin.close()
print(repr(p.stdout.read()))
p.stdout.close()
print(p.wait())
