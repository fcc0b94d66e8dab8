# errno: Linux error numbers, errorcode, and their use with OSError.
import errno
import os

names = sorted(n for n in dir(errno) if n.startswith('E'))
print(len(names))
for n in names:
    v = getattr(errno, n)
    print(n, v, errno.errorcode[v], os.strerror(v))
print(len(errno.errorcode), sorted(errno.errorcode)[:5], sorted(errno.errorcode)[-3:])
print(errno.EWOULDBLOCK == errno.EAGAIN, errno.EDEADLOCK == errno.EDEADLK, errno.ENOTSUP == errno.EOPNOTSUPP)
print(errno.errorcode[errno.EAGAIN], errno.errorcode[errno.EDEADLK], errno.errorcode[errno.ENOTSUP])

# OSError picks its subclass from the errno
for code in (errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EPERM, errno.EISDIR, errno.ENOTDIR, errno.EAGAIN,
             errno.ECHILD, errno.EPIPE, errno.ECONNREFUSED, errno.ESRCH, errno.ETIMEDOUT, errno.EINTR, errno.EINVAL):
    e = OSError(code, os.strerror(code), 'name')
    print(type(e).__name__, e.errno, e)
print(errno.__name__, type(errno.__doc__).__name__)
