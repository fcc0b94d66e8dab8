# getpass.getuser: from the environment variables in order, else pwd
import getpass
import os

names = ('LOGNAME', 'USER', 'LNAME', 'USERNAME')
saved = {n: os.environ.get(n) for n in names}
user = getpass.getuser()
print(type(user).__name__, len(user) > 0)
for n in names:
    os.environ.pop(n, None)
os.environ['USERNAME'] = 'from_username'
print(getpass.getuser())
os.environ['LNAME'] = 'from_lname'
print(getpass.getuser())
os.environ['USER'] = 'from_user'
print(getpass.getuser())
os.environ['LOGNAME'] = 'from_logname'
print(getpass.getuser())
os.environ['LOGNAME'] = ''
print(getpass.getuser())
for n in names:
    os.environ.pop(n, None)
fallback = getpass.getuser()
print(type(fallback).__name__, len(fallback) > 0)
for n, v in saved.items():
    if v is not None:
        os.environ[n] = v
print(getpass.getuser() == user)
print(issubclass(getpass.GetPassWarning, UserWarning), callable(getpass.getpass))
