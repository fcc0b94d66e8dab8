# the process functions os re-exports: system, popen, wait-status decoding
try:
    from _pysproc import system, popen, waitstatus_to_exitcode, WEXITSTATUS, WIFEXITED, WIFSIGNALED, WTERMSIG
except ImportError:
    from os import system, popen, waitstatus_to_exitcode, WEXITSTATUS, WIFEXITED, WIFSIGNALED, WTERMSIG
import sys

print(system('exit 0'), system('exit 3'), system('exit 255'))
st = system('kill -9 $$')
print(st, WIFSIGNALED(st), WTERMSIG(st), waitstatus_to_exitcode(st))
st = system('exit 7')
print(WIFEXITED(st), WEXITSTATUS(st), WIFSIGNALED(st), waitstatus_to_exitcode(st))
sys.stdout.flush()
print(system('echo from system'))
sys.stdout.flush()

f = popen('echo one; echo two')
print(f.read().split())
print(f.close())
f = popen('echo x; exit 3')
print(repr(f.readline()), repr(f.readline()))
print(f.close())
with popen('printf "a\\nb\\n"') as f:
    print(list(f))
f = popen('cat > /dev/null', 'w')
print(f.write('data\n'))
print(f.close())
f = popen('exit 2', 'w')
print(f.close())
for bad in [lambda: popen(3), lambda: popen('ls', 'x'), lambda: waitstatus_to_exitcode(0x7f)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
