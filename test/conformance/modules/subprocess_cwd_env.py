# cwd= and env=
import subprocess
import sys

print(subprocess.run(['pwd'], cwd='/', capture_output=True, text=True).stdout)
print(subprocess.check_output('pwd', shell=True, cwd='/usr').strip())
print(subprocess.run(['sh', '-c', 'echo "$GREETING, $WHO"'], env={'GREETING': 'hello', 'WHO': 'world', 'PATH': '/usr/bin:/bin'},
                     capture_output=True, text=True).stdout)
print(subprocess.run(['env'], env={'ONLY': '1'}, capture_output=True, text=True).stdout.split())
print(subprocess.run(['/usr/bin/env'], env={}, capture_output=True).stdout)
print(subprocess.run(['sh', '-c', 'echo ${HOME:+set}'], capture_output=True, text=True).stdout.strip())
print(subprocess.run([sys.executable, '-c', 'import sys; print(sys.argv[1:])', 'a b', 'c'], capture_output=True, text=True).stdout)
r = subprocess.run(['ls', 'subprocess_cwd_env.py'], cwd='modules', capture_output=True, text=True)
print(r.returncode, r.stdout)
