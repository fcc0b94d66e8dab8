# collections.UserDict, UserList, UserString
from collections import UserDict, UserList, UserString

class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.lower())
    def __contains__(self, key):
        return key.lower() in self.data

ld = LowerDict({"A": 1})
ld["B"] = 2
ld.update(C=3)
print("UserDict data:", ld.data)
print("lookup:", ld["a"], ld["b"], "C" in ld, ld.get("c"), ld.get("zz", 0))
print("len/keys:", len(ld), sorted(ld.keys()))
print("repr:", repr(UserDict(x=1)))
print("isinstance dict:", isinstance(ld, dict))
print("eq:", UserDict(a=1) == {"a": 1})
u = UserDict(a=1)
c = u.copy()
c["b"] = 2
print("copy:", u, c, type(c).__name__)
print("pop:", c.pop("b"), "missing:", UserDict().__class__.__name__)
try:
    UserDict()["k"]
except KeyError as e:
    print("KeyError:", e)

class Stack(UserList):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]

s = Stack([1, 2])
s.push(3)
print("UserList:", s, s.peek(), len(s), s.data)
print("slice type:", type(s[:2]).__name__, s[:2])
print("add:", s + [4], type(s + [4]).__name__)
print("radd:", [0] + s)
print("mul:", UserList([1]) * 3)
s.sort(reverse=True)
print("sort:", s)
print("index/count:", s.index(2), s.count(3))
print("eq list:", UserList([1, 2]) == [1, 2], UserList([1]) < [2])
print("isinstance list:", isinstance(s, list))

class Shout(UserString):
    def shout(self):
        return self.upper() + "!"

us = Shout("hello")
print("UserString:", us, repr(us), us.shout(), type(us.shout()).__name__)
print("methods:", us.capitalize(), us.replace("l", "L"), us.split("l"), us.find("l"))
print("concat:", us + " world", type(us + "x").__name__)
print("slicing:", us[1:3], type(us[1:3]).__name__)
print("contains/len:", "ell" in us, len(us))
print("eq str:", us == "hello", UserString("a") < "b")
print("data:", us.data, isinstance(us, str))
print("mod:", UserString("%s-%d") % ("a", 1))
