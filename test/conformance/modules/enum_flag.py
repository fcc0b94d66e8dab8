# enum: Flag and IntFlag operations, repr, iteration, boundaries (3.11)
from enum import Flag, IntFlag, auto

class Perm(Flag):
    R = 4
    W = 2
    X = 1

rw = Perm.R | Perm.W
print("repr:", repr(rw), "| str:", str(rw))
print("single repr:", repr(Perm.R), str(Perm.X))
print("value/name:", rw.value, rw.name)
print("contains:", Perm.R in rw, Perm.X in rw)
print("and/xor/invert:", rw & Perm.R, rw ^ Perm.R, ~Perm.R, ~rw)
print("empty:", repr(Perm(0)), bool(Perm(0)), Perm(0).name)
print("iteration of combined (3.11):", list(rw))
print("iteration of class:", list(Perm))
print("len combined:", len(rw))
print("Perm(7):", repr(Perm(7)))
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)
print("equality:", Perm.R | Perm.W == Perm(6), Perm.R == 4)

class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print("alias-like combo member:", repr(Color.WHITE), list(Color), Color(7) is Color.WHITE)
print("combo name:", (Color.RED | Color.BLUE).name)

class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1
m = Mode.READ | Mode.WRITE
print("IntFlag repr/str:", repr(m), str(m), format(m))
print("IntFlag int ops:", m + 1, m == 6, int(m), m & 4, type(m & 4).__name__)
print("IntFlag with int:", repr(Mode.READ | 8), repr(Mode(9)))
print("IntFlag invert:", repr(~Mode.READ))
print("IntFlag zero:", repr(Mode(0)), str(Mode(0)))
print("IntFlag isinstance int:", isinstance(m, int))
print("IntFlag in:", Mode.READ in m, 2 in list(m))
class Empty(Flag):
    pass
print("empty flag class:", list(Empty))
class Opt(Flag):
    NONE = 0
    A = 1
    B = 2
print("zero member:", repr(Opt.NONE), list(Opt), repr(Opt.A & Opt.B))
