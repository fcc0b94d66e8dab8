# children see os.environ and os.getcwd() as the parent changed them
import os
import subprocess

os.environ['PYS_SUBPROCESS_TEST'] = 'visible'
print(subprocess.check_output('echo $PYS_SUBPROCESS_TEST', shell=True))
del os.environ['PYS_SUBPROCESS_TEST']
print(subprocess.check_output('echo "[$PYS_SUBPROCESS_TEST]"', shell=True))
env = dict(os.environ, EXTRA='1')
print(subprocess.run(['sh', '-c', 'echo $EXTRA'], env=env, capture_output=True, text=True).stdout)
here = os.getcwd()
os.chdir('/')
print(subprocess.check_output(['pwd'], text=True))
os.chdir(here)
print(os.system('exit 5') >> 8, os.WEXITSTATUS(os.system('exit 6')))
with os.popen('echo popen via os') as f:
    print(f.read().strip())
