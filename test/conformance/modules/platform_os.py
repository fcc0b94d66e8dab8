# platform agrees with os.uname()
import os
import platform

u = os.uname()
print(platform.system() == u.sysname, platform.machine() == u.machine)
print(platform.node() == u.nodename, platform.release() == u.release)
print(platform.version() == u.version)
