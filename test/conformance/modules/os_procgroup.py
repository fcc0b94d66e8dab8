# os.getpgrp / getpgid / getsid / killpg, os.nice, os.getpriority /
# os.setpriority: real process groups and sessions (children started in a
# session of their own), printed as relations, never as raw pids.
import os
import shutil
import signal
import subprocess
import tempfile


def show(label, f, *args):
    try:
        r = f(*args)
        print(label, '->', r if r is None else type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e, getattr(e, 'errno', None))


me = os.getpid()
print(os.getpgrp() == os.getpgid(0) == os.getpgid(me), os.getsid(0) == os.getsid(me))
# a session or group led from outside this pid namespace reads as 0 (as
# in CI containers), so only the sign is checked
print(type(os.getpgrp()).__name__, os.getpgrp() >= 0, os.getsid(0) >= 0)
print(os.getpgid(pid=0) == os.getpgrp())

# a child in this process group and session
child = subprocess.Popen(['sleep', '30'])
print(os.getpgid(child.pid) == os.getpgrp(), os.getsid(child.pid) == os.getsid(0))
child.kill()
child.wait()

# a child leading a new session (and group), whose command name has
# spaces and parentheses in it, as /proc/<pid>/stat shows it
base = tempfile.mkdtemp(prefix='pys_pg_')
exe = os.path.join(base, 'a) b (c')
shutil.copy(shutil.which('sleep'), exe)
leader = subprocess.Popen([exe, '30'], start_new_session=True)
pid = leader.pid
print(os.getpgid(pid) == pid, os.getsid(pid) == pid, os.getsid(pid) != os.getsid(0))
print(os.killpg(pid, 0))

# priorities: the child inherited this thread's niceness
n0 = os.getpriority(os.PRIO_PROCESS, 0)
print(os.getpriority(os.PRIO_PROCESS, pid) == n0, os.getpriority(os.PRIO_PGRP, pid) == n0)
print(os.getpriority(os.PRIO_PGRP, 0) <= n0, os.getpriority(os.PRIO_USER, 0) <= n0)
print(os.setpriority(os.PRIO_PROCESS, pid, 5), os.getpriority(os.PRIO_PROCESS, pid) == max(n0, 5))
print(os.setpriority(os.PRIO_PGRP, pid, 100), os.getpriority(os.PRIO_PGRP, pid), os.getpriority(os.PRIO_PROCESS, pid))
print(os.setpriority(which=os.PRIO_PROCESS, who=pid, priority=19), os.getpriority(which=os.PRIO_PROCESS, who=pid))

os.killpg(pid, signal.SIGTERM)
print(leader.wait())
show('killpg gone', os.killpg, pid, 0)
show('getpgid gone', os.getpgid, pid)
show('getsid gone', os.getsid, pid)
show('getpriority pgrp gone', os.getpriority, os.PRIO_PGRP, pid)
show('setpriority pgrp gone', os.setpriority, os.PRIO_PGRP, pid, 0)
os.unlink(exe)
os.rmdir(base)

# nice: the new niceness, clamped at 19
n1 = os.nice(0)
print(n1 == n0, os.nice(1) == min(n0 + 1, 19), os.getpriority(os.PRIO_PROCESS, 0) == min(n0 + 1, 19))
print(os.nice(100), os.nice(0), os.getpriority(os.PRIO_PROCESS, 0))
print(os.PRIO_PROCESS, os.PRIO_PGRP, os.PRIO_USER)

show('getpgid -1', os.getpgid, -1)
show('getpgid max', os.getpgid, 2**31 - 1)
show('getpgid big', os.getpgid, 2**31)
show('getpgid small', os.getpgid, -2**31 - 1)
show('getpgid float', os.getpgid, 1.0)
show('getpgid str', os.getpgid, 'x')
show('getpgid none', os.getpgid)
show('getsid -1', os.getsid, -1)
show('getsid max', os.getsid, 2**31 - 1)
show('getsid big', os.getsid, 2**31)
show('getsid float', os.getsid, 1.5)
show('killpg own', os.killpg, os.getpgrp(), 0)
show('killpg 0', os.killpg, 0, 0)
show('killpg -1', os.killpg, -1, 0)
show('killpg max', os.killpg, 2**31 - 1, 0)
show('killpg big', os.killpg, 2**31, 0)
show('killpg bad sig', os.killpg, 0, -1)
show('killpg sig 1000', os.killpg, 0, 1000)
show('killpg big sig', os.killpg, 0, 2**31)
show('killpg float', os.killpg, 1.0, 0)
show('killpg float sig', os.killpg, 0, 1.0)
show('killpg one arg', os.killpg, 1)
show('nice float', os.nice, 1.0)
show('nice big', os.nice, 2**31)
show('getpriority which', os.getpriority, 5, 0)
show('getpriority which -1', os.getpriority, -1, 0)
show('getpriority process', os.getpriority, os.PRIO_PROCESS, 2**31 - 1)
show('getpriority process -5', os.getpriority, os.PRIO_PROCESS, -5)
show('getpriority pgrp', os.getpriority, os.PRIO_PGRP, 2**31 - 1)
show('getpriority user', os.getpriority, os.PRIO_USER, 2**31 - 1)
show('getpriority big', os.getpriority, 0, 2**31)
show('getpriority float', os.getpriority, 1.0, 0)
show('getpriority one arg', os.getpriority, 0)
show('setpriority which', os.setpriority, 5, 0, 0)
show('setpriority process', os.setpriority, os.PRIO_PROCESS, 2**31 - 1, 0)
show('setpriority pgrp', os.setpriority, os.PRIO_PGRP, 2**31 - 1, 0)
show('setpriority user', os.setpriority, os.PRIO_USER, 2**31 - 1, 0)
show('setpriority big', os.setpriority, 0, 0, 2**31)
show('setpriority two args', os.setpriority, 0, 0)
