# typing: how annotations behave at runtime (no enforcement, forward refs, __annotations__)
from __future__ import annotations
from typing import Optional, List, get_type_hints

class Tree:
    def __init__(self, value: int, children: Optional[List[Tree]] = None) -> None:
        self.value = value
        self.children = children or []
    def add(self, child: Tree) -> Tree:
        self.children.append(child)
        return self

t = Tree(1).add(Tree(2)).add(Tree(3))
print("forward ref works:", [c.value for c in t.children])
print("stringified annotations:", Tree.add.__annotations__)
hints = get_type_hints(Tree.add)
print("resolved hints:", hints["child"] is Tree, hints["return"] is Tree)
print("init hints:", get_type_hints(Tree.__init__))

def wrong(x: int) -> str:
    return x * 2
print("no enforcement:", wrong("ab"), wrong(2))

class Config:
    name: str
    retries: int = 3
    ratio: float
print("class annotations:", Config.__annotations__)
print("unassigned annotation not attribute:", hasattr(Config, "name"), Config.retries)
x: int = 5
y: "whatever junk"
print("module __annotations__:", __annotations__)
def local():
    z: int = 1
    w: str
    return z
print("local annotations not stored:", local(), hasattr(local, "__annotations__"), local.__annotations__)
def kw(a: int, *args: str, b: bool = True, **kwargs: float) -> None:
    pass
print("all param annotations:", kw.__annotations__)
lam = lambda q: q
print("lambda annotations empty:", lam.__annotations__)
print("annotation expressions not evaluated:", end=" ")
def lazy(a: undefined_name + 1) -> also_undefined:
    return a
print(lazy.__annotations__)
try:
    get_type_hints(lazy)
except NameError as e:
    print("NameError:", e)
