# copy: deepcopy of recursive structures and objects
import copy

a = [1, 2]
a.append(a)
b = copy.deepcopy(a)
print("list cycle:", b[2] is b, b[2] is not a, b[:2])
print("repr cycle:", repr(b))
d = {"name": "root"}
d["self"] = d
d2 = copy.deepcopy(d)
print("dict cycle:", d2["self"] is d2, d2 is not d)

class Node:
    def __init__(self, val):
        self.val = val
        self.next = None
n1, n2 = Node(1), Node(2)
n1.next, n2.next = n2, n1
c1 = copy.deepcopy(n1)
print("object cycle:", c1.next.next is c1, c1 is not n1, c1.next.val)
s1 = copy.copy(n1)
print("shallow object:", s1 is not n1, s1.next is n2)
t = ([],)
t[0].append(t)
t2 = copy.deepcopy(t)
print("tuple through list cycle:", t2[0][0] is t2, t2 is not t)

class Tree:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent
        self.children = []
        if parent:
            parent.children.append(self)
root = Tree("root")
kid = Tree("kid", root)
Tree("grandkid", kid)
r2 = copy.deepcopy(root)
print("tree parent links:", r2.children[0].parent is r2, r2.children[0].children[0].parent is r2.children[0])
print("names:", r2.name, r2.children[0].name, r2.children[0].children[0].name)
kid2 = copy.deepcopy(kid)
print("subtree copy pulls parent:", kid2.parent is not root, kid2.parent.children[0] is kid2)
x = []
y = [x, [x, x]]
y2 = copy.deepcopy(y)
print("diamond:", y2[0] is y2[1][0] is y2[1][1])
big = list(range(1000))
big_copy = copy.deepcopy([big] * 3)
print("repeated big list shared:", big_copy[0] is big_copy[2], len(big_copy[0]))
class Slots:
    __slots__ = ("a", "b")
sl = Slots()
sl.a = [1]
sl2 = copy.deepcopy(sl)
print("slots deepcopy:", sl2.a, sl2.a is not sl.a, hasattr(sl2, "b"))
sl3 = copy.copy(sl)
print("slots copy:", sl3.a is sl.a)
