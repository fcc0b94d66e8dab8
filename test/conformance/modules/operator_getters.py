# operator: itemgetter, attrgetter, methodcaller
from operator import itemgetter, attrgetter, methodcaller
from collections import namedtuple

g1 = itemgetter(1)
print("itemgetter single:", g1([10, 20, 30]), g1("xyz"), g1({1: "one"}))
gm = itemgetter(0, 2)
print("itemgetter multi:", gm([10, 20, 30]), gm("abc"))
print("itemgetter slice:", itemgetter(slice(1, 3))([1, 2, 3, 4]))
print("itemgetter key:", itemgetter("name")({"name": "ann"}))
rows = [("b", 2), ("a", 2), ("c", 1)]
print("sort by field:", sorted(rows, key=itemgetter(1)))
print("sort by two:", sorted(rows, key=itemgetter(1, 0)))
print("max by:", max(rows, key=itemgetter(1)))
try:
    itemgetter(5)([1])
except IndexError as e:
    print("IndexError:", e)
try:
    itemgetter("k")({})
except KeyError as e:
    print("KeyError:", e)
try:
    itemgetter()
except TypeError as e:
    print("TypeError:", e)
print("itemgetter repr:", repr(itemgetter(1)), repr(itemgetter("a", "b")))

P = namedtuple("P", "name age")
Addr = namedtuple("Addr", "city")
class Person:
    def __init__(self, name, age, city):
        self.name, self.age = name, age
        self.addr = Addr(city)
people = [Person("cy", 30, "Oslo"), Person("al", 25, "Rome"), Person("bo", 30, "Bern")]
print("attrgetter:", attrgetter("name")(people[0]))
print("attrgetter multi:", attrgetter("name", "age")(people[1]))
print("attrgetter dotted:", attrgetter("addr.city")(people[2]))
print("sort by attrs:", [p.name for p in sorted(people, key=attrgetter("age", "name"))])
print("dotted multi:", attrgetter("addr.city", "name")(people[0]))
try:
    attrgetter("missing")(people[0])
except AttributeError as e:
    print("AttributeError:", e)
try:
    attrgetter(1)
except TypeError as e:
    print("TypeError:", e)
print("attrgetter repr:", repr(attrgetter("a.b")), repr(attrgetter("x", "y")))

up = methodcaller("upper")
print("methodcaller:", up("abc"))
sp = methodcaller("split", ",", 1)
print("methodcaller args:", sp("a,b,c"))
rp = methodcaller("replace", "a", "o", 1)
print("methodcaller replace:", rp("banana"))
kw = methodcaller("to_bytes", 2, byteorder="big")
print("methodcaller kwargs:", kw(258))
srt = methodcaller("sort", reverse=True)
lst = [3, 1, 2]
print("methodcaller returns:", srt(lst), lst)
try:
    methodcaller("nope")(1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    methodcaller()
except TypeError as e:
    print("TypeError:", e)
print("methodcaller repr:", repr(methodcaller("f", 1, k=2)))
print("map methodcaller:", list(map(methodcaller("strip"), [" a ", "b  "])))
