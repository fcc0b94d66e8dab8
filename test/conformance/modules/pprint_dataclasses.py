# pprint: dataclass instances are laid out field by field
import dataclasses
import pprint

@dataclasses.dataclass
class Point:
    x: int
    y: list
    z: str = dataclasses.field(default='zz', repr=False)

@dataclasses.dataclass
class Node:
    val: int
    nxt: object = None

@dataclasses.dataclass
class Empty:
    pass

@dataclasses.dataclass
class Custom:
    a: list

    def __repr__(self):
        return 'Custom(' + 'x' * 80 + ')'

@dataclasses.dataclass(repr=False)
class NoRepr:
    a: list

pprint.pprint(Point(1, list(range(30))), width=40)
pprint.pprint([Point(i, [i]) for i in range(5)], width=20)
pprint.pprint(Point(1, [2]))
n = Node(1)
n.nxt = n
print(pprint.pformat(n, width=10))
pprint.pprint(Node(1, Node(2, Node(3, list(range(20))))), width=30)
pprint.pprint([Empty(), Empty()], width=3)
pprint.pprint(Custom([1]))
print(pprint.pformat(NoRepr([1]) , width=5).startswith('<'))
pprint.pprint(Point, width=1)
pprint.pprint({'p': Point(10, ['a' * 20, 'b' * 20])}, width=30)
