# os.environ (a mapping that passes changes on to the process), getenv,
# putenv/unsetenv, get_exec_path, fsencode/fsdecode, fspath and PathLike.
import os

print(type(os.environ).__name__, isinstance(os.environ['PATH'], str))
os.environ['PYS_TEST_A'] = 'alpha'
print(os.environ['PYS_TEST_A'], os.getenv('PYS_TEST_A'), 'PYS_TEST_A' in os.environ)
print(os.getenv('PYS_TEST_NOPE'), os.getenv('PYS_TEST_NOPE', 'dflt'), os.environ.get('PYS_TEST_NOPE', 0))
try:
    os.environ['PYS_TEST_NOPE']
except KeyError as e:
    print('KeyError', e)
del os.environ['PYS_TEST_A']
print('PYS_TEST_A' in os.environ, os.getenv('PYS_TEST_A'))
try:
    del os.environ['PYS_TEST_A']
except KeyError as e:
    print('KeyError', e)
for bad in (lambda: os.environ.__setitem__('PYS_X', 1), lambda: os.environ.__setitem__(2, 'x'),
            lambda: os.environ[b'PATH']):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
print(os.environ.setdefault('PYS_TEST_B', 'bee'), os.environ.setdefault('PYS_TEST_B', 'other'))
print(os.environ.pop('PYS_TEST_B'), os.environ.pop('PYS_TEST_B', 'gone'))
os.environ.update(PYS_TEST_C='c', PYS_TEST_D='d')
print(sorted(k for k in os.environ if k.startswith('PYS_TEST')))
copy = os.environ.copy()
print(type(copy).__name__, copy['PYS_TEST_C'])
merged = os.environ | {'PYS_TEST_E': 'e'}
print(type(merged).__name__, merged['PYS_TEST_E'], 'PYS_TEST_E' in os.environ)
os.environ |= {'PYS_TEST_E': 'e2'}
print(os.environ['PYS_TEST_E'])
print(len(os.environ) == len(list(os.environ)), repr(os.environ).startswith('environ({'))
for k in ('PYS_TEST_C', 'PYS_TEST_D', 'PYS_TEST_E'):
    del os.environ[k]

# putenv/unsetenv do not change os.environ itself
os.putenv('PYS_TEST_F', 'f')
print('PYS_TEST_F' in os.environ)
os.unsetenv('PYS_TEST_F')
for bad in (lambda: os.putenv('A=B', 'x'), lambda: os.putenv('', 'x'), lambda: os.putenv('A\0', 'x'),
            lambda: os.putenv('A', 'x\0'), lambda: os.unsetenv('')):
    try:
        bad()
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)

# the search path
print(os.get_exec_path({'PATH': '/x:/y'}), os.get_exec_path({}) == os.defpath.split(os.pathsep))
print(os.get_exec_path({b'PATH': b'/b1:/b2'}))
try:
    os.get_exec_path({'PATH': '/a', b'PATH': b'/b'})
except ValueError as e:
    print('ValueError', e)
os.environ['PATH'] = '/one:/two'
print(os.get_exec_path())

# file-system encoding
print(os.fsencode('caf\xe9'), os.fsdecode(b'caf\xc3\xa9'), os.fsencode(b'raw'), os.fsdecode('text'))
print(ascii(os.fsdecode(b'\xff')), os.fsencode(os.fsdecode(b'\xff')))


class Where:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


class NotPath:
    pass


print(os.fspath('s'), os.fspath(b'b'), os.fspath(Where('w')), os.fspath(Where(b'wb')))
for bad in (3, NotPath(), Where(5), None):
    try:
        os.fspath(bad)
    except TypeError as e:
        print('TypeError', e)
print(isinstance(Where('x'), os.PathLike), issubclass(str, os.PathLike), issubclass(Where, os.PathLike))
print(os.PathLike[str])
print(os.fsencode(Where('p')), os.fsdecode(Where(b'q')))
