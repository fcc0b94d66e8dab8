# dataclasses: order=True, frozen=True, unsafe_hash, eq semantics
from dataclasses import dataclass, field, FrozenInstanceError

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    note: str = field(default="", compare=False)

vs = [Version(1, 10), Version(1, 2, "b"), Version(0, 9), Version(1, 2, "a")]
print("sorted:", sorted(vs))
print("lt/le/gt/ge:", Version(1) < Version(1, 1), Version(1) <= Version(1), Version(2) > Version(1, 9), Version(1) >= Version(2))
print("compare=False ignored:", Version(1, 2, "x") == Version(1, 2, "y"))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass(order=True, eq=False)
    class X:
        a: int
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass(order=True)
    class Y:
        a: int
        def __lt__(self, other):
            return True
except TypeError as e:
    print("TypeError:", e)

@dataclass(frozen=True)
class Frozen:
    name: str
    tags: tuple = ()
f = Frozen("a", ("x",))
try:
    f.name = "b"
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    del f.name
except FrozenInstanceError as e:
    print("FrozenInstanceError del:", e)
try:
    f.new_attr = 1
except FrozenInstanceError as e:
    print("FrozenInstanceError new:", e)
print("FrozenInstanceError is AttributeError:", issubclass(FrozenInstanceError, AttributeError))
print("hashable:", hash(f) == hash(Frozen("a", ("x",))), len({f, Frozen("a", ("x",)), Frozen("b")}))
print("as dict key:", {Frozen("k"): 1}[Frozen("k")])
print("object.__setattr__ bypass:", end=" ")
object.__setattr__(f, "name", "hacked")
print(f)

@dataclass(unsafe_hash=True)
class UH:
    a: int
    b: list = field(default_factory=list, hash=False)
u = UH(1)
print("unsafe_hash:", hash(u) == hash(UH(1, [9])))
@dataclass(eq=False)
class IdHash:
    a: int
print("eq=False keeps object hash:", IdHash.__hash__ is object.__hash__)
@dataclass(frozen=True, eq=False)
class FrozenNoEq:
    a: int
print("frozen eq=False hash is object's:", FrozenNoEq.__hash__ is object.__hash__)
try:
    @dataclass(frozen=True)
    class FrozenSub(Version):
        z: int = 0
except TypeError as e:
    print("TypeError:", e)
@dataclass
class WithHash:
    a: int
    def __hash__(self):
        return 42
print("explicit __hash__ kept:", hash(WithHash(1)))
