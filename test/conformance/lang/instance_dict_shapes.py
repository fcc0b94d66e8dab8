# Instance __dict__ behaviour that attribute caches must not change:
# insertion order, different orders per instance, deletion and re-adding,
# the dict seen through __dict__/vars() staying the live store, non-str
# keys, many attributes, dynamic names, copies.
import copy


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


a = P(1, 2)
b = P(3, 4)
b.z = 5
c = P(6, 7)
c.w = 8
c.z = 9
print(vars(a), vars(b), vars(c))
print(list(c.__dict__), len(c.__dict__), "z" in c.__dict__, "q" in c.__dict__)

# a different first attribute order on one instance
d = P.__new__(P)
d.y = 10
d.x = 11
print(vars(d), d.x, d.y)

# delete and re-add: the key moves to the end
del b.x
print(vars(b), hasattr(b, "x"))
b.x = 12
print(vars(b), b.x)
try:
    del b.nope
except AttributeError as e:
    print("AttributeError", e)

# the __dict__ is the live store both ways
dd = a.__dict__
dd["x"] = 100
dd["extra"] = "e"
print(a.x, a.extra, dd is a.__dict__)
a.y = 200
print(dd["y"], dd)
dd[1] = "int key"
print(a.__dict__[1], sorted(map(str, dd)))
del dd["extra"]
print(hasattr(a, "extra"))
a.__dict__.clear()
print(vars(a), hasattr(a, "x"))
a.x = 1
print(vars(a))

# update / setdefault / pop / popitem through __dict__
e = P(1, 2)
e.__dict__.update(k=3, x=4)
print(vars(e), e.k)
print(e.__dict__.setdefault("m", 5), e.m)
print(e.__dict__.pop("k"), hasattr(e, "k"))
print(e.__dict__.popitem(), vars(e))

# replacing __dict__
f = P(1, 2)
f.__dict__ = {"q": 1}
print(vars(f), f.q, hasattr(f, "x"))

# many attributes and invented names
g = P(0, 0)
for i in range(60):
    setattr(g, "a%d" % i, i)
print(len(vars(g)), g.a0, g.a59, list(vars(g))[:4], list(vars(g))[-2:])
objs = []
for i in range(200):
    o = P(i, -i)
    setattr(o, "n%d" % i, i)
    objs.append(o)
print(sum(getattr(o, "n%d" % i) for i, o in enumerate(objs)), vars(objs[150]))

# copies are independent
h = P([1], 2)
h.t = 3
h2 = copy.copy(h)
h3 = copy.deepcopy(h)
h2.x.append(9)
h2.t = 30
h3.y = 20
print(vars(h), vars(h2), vars(h3))
print(dict(vars(h)), vars(h) == {"x": [1, 9], "y": 2, "t": 3})


# a method shadowed by an instance attribute, and un-shadowed
class M:
    def __init__(self):
        self.v = 1

    def f(self):
        return "method"


m = M()
print(m.f())
m.f = lambda: "instance"
print(m.f())
del m.f
print(m.f())


# subclass of a builtin with an instance dict
class L(list):
    pass


lst = L([1, 2])
lst.tag = "t"
lst.append(3)
print(lst, lst.tag, vars(lst))


# the same attribute sites over many shapes
class Q:
    pass


qs = []
for i in range(10):
    q = Q()
    for j in range(i):
        setattr(q, "k%d" % ((i + j) % 10), j)
    q.last = i
    qs.append(q)
print([q.last for q in qs], [len(vars(q)) for q in qs])
print([getattr(q, "k5", None) for q in qs])
