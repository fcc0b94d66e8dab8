# dataclasses: slots=True, kw_only, KW_ONLY sentinel, match_args, weakref_slot
from dataclasses import dataclass, field, fields, KW_ONLY

@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 2
s = Slotted(1)
print("slots:", Slotted.__slots__, s, hasattr(s, "__dict__"))
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError:", e)
s.x = 10
print("assign field ok:", s)

@dataclass(slots=True, frozen=True)
class FS:
    a: int
fs = FS(1)
print("slots frozen hash:", hash(fs) == hash(FS(1)))
try:
    fs.a = 2
except AttributeError as e:
    print(type(e).__name__ + ":", e)

@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int
o = Opts(level=3)
print("kw_only:", o)
try:
    Opts(True, 3)
except TypeError as e:
    print("TypeError:", e)
print("kw_only fields:", [(f.name, f.kw_only) for f in fields(Opts)])
print("match_args excludes kw_only:", Opts.__match_args__)

@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int
m = Mixed(1, c=3)
print("KW_ONLY sentinel:", m, [f.name for f in fields(Mixed)])
try:
    Mixed(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
print("match_args:", Mixed.__match_args__)

@dataclass
class PerField:
    a: int
    b: int = field(kw_only=True, default=5)
    c: int = 0
print("per-field kw_only:", PerField(1, 2), PerField(1, c=3, b=4))

@dataclass
class Base:
    x: int = 0
@dataclass(kw_only=True)
class Derived(Base):
    y: int
print("kw_only after default in base:", Derived(y=1), Derived(5, y=2))

@dataclass(match_args=False)
class NoMatch:
    a: int
print("match_args=False:", hasattr(NoMatch, "__match_args__"))
@dataclass(slots=True, weakref_slot=True)
class WR:
    a: int
import weakref
w = WR(1)
r = weakref.ref(w)
print("weakref_slot:", r() is w, "__weakref__" in WR.__slots__)
try:
    @dataclass(slots=True)
    class Already:
        __slots__ = ("a",)
        a: int
except TypeError as e:
    print("TypeError:", e)
@dataclass(repr=True, eq=True)
class Sub(Slotted):
    pass
print("subclass of slotted:", Sub(1))
