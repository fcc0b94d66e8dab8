# os: process facts, system facts, constants and strerror.
import os
import sys

print(type(os.getpid()).__name__, os.getpid() > 0, os.getppid() > 0, os.getpid() != os.getppid())
print(os.getuid() == os.geteuid() or True, type(os.getgid()).__name__, type(os.getegid()).__name__)
print(type(os.getgroups()).__name__)
u = os.uname()
print(type(u).__name__, len(u), u.sysname, u[0] == u.sysname, u.machine == u[4])
print(repr(u).startswith("posix.uname_result(sysname='Linux', nodename="))
n = os.cpu_count()
print(type(n).__name__, n >= 1)
t = os.times()
print(type(t).__name__, len(t), type(t.user).__name__, t.elapsed > 0, t[0] == t.user)
print(repr(t).startswith('posix.times_result(user='))
r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)))
try:
    os.urandom(-1)
except ValueError as e:
    print('ValueError', e)
print(os.strerror(2), '|', os.strerror(13), '|', os.strerror(0), '|', os.strerror(99999))
print(os.name, os.sep, os.altsep, os.pathsep, repr(os.linesep), os.curdir, os.pardir, os.extsep, os.devnull, os.defpath)
print(os.F_OK, os.R_OK, os.W_OK, os.X_OK, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT, os.O_EXCL, os.O_TRUNC, os.O_APPEND, os.O_NONBLOCK)
print(os.O_CLOEXEC, os.O_DIRECTORY, os.O_NOFOLLOW, os.O_SYNC, os.O_NOCTTY)
print(os.error is OSError, os.path is sys.modules['os.path'], os.path.__name__)
import posixpath
print(posixpath is os.path, 'os.path' in sys.modules)
os.kill(os.getpid(), 0)
try:
    os.kill(2**22 + 12345, 0)
except ProcessLookupError as e:
    print('ProcessLookupError', e)
try:
    os.get_terminal_size(99)
except OSError as e:
    print(type(e).__name__, e)
print(os.terminal_size((80, 24)), os.terminal_size((80, 24)).columns)
print(os.getcwd() == os.path.abspath('.'), os.getcwdb() == os.fsencode(os.getcwd()))
try:
    os.chdir('/definitely/not/here')
except FileNotFoundError as e:
    print('FileNotFoundError', e)
try:
    print(isinstance(os.getlogin(), str))
except OSError:
    print(True)
print(sorted(k for k in ('walk', 'makedirs', 'environ', 'stat', 'path', 'sep') if k in os.__all__))
