# os.makedev / os.major / os.minor: glibc's 64-bit dev_t layout, the
# argument conversions (C int in, dev_t in) and their errors.
import os


class Idx:
    def __index__(self):
        return 7


def show(f, *args):
    shown = [type(a).__name__ if isinstance(a, Idx) else a for a in args]
    try:
        print(f.__name__, shown, '->', f(*args))
    except Exception as e:
        print(f.__name__, shown, type(e).__name__, e)


for ma, mi in [(0, 0), (1, 3), (8, 1), (4095, 255), (4096, 256), (259, 65536),
               (2**31 - 1, 0), (0, 2**31 - 1), (2**31 - 1, 2**31 - 1),
               (-1, 0), (0, -1), (-1, -1), (-2**31, 5),
               (2**31, 0), (0, 2**31), (-2**31 - 1, 0), (2**64, 0),
               (True, False), (1.0, 2), ('a', 1), (None, 1)]:
    show(os.makedev, ma, mi)

for dev in [0, 0x803, 0xfff00, 0xfffff, 2**32 - 1, 2**32, 2**44, 2**63,
            2**64 - 1, 2**64, -1, -2**63, 1.5, '1', True, None,
            0xfff00000fff00, os.makedev(300, 70000)]:
    show(os.major, dev)
    show(os.minor, dev)

# round trips over the whole 32-bit range of each half
for ma in [0, 1, 255, 256, 4095, 4096, 65535, 2**20, 2**31 - 1]:
    for mi in [0, 1, 255, 256, 65535, 2**20, 2**24, 2**31 - 1]:
        d = os.makedev(ma, mi)
        assert (os.major(d), os.minor(d)) == (ma, mi), (ma, mi, d)
print('round trips ok')


show(os.makedev, Idx(), Idx())
show(os.major, Idx())
show(os.makedev, 1)
show(os.makedev, 1, 2, 3)
try:
    os.major(1, 2)
except TypeError:
    print('TypeError')
try:
    os.makedev(major=1, minor=2)
except TypeError as e:
    print('TypeError')

st = os.stat('/dev/null')
print(os.major(st.st_rdev), os.minor(st.st_rdev), os.makedev(1, 3) == st.st_rdev)
print(type(os.major(0)).__name__, type(os.makedev(0, 0)).__name__)
