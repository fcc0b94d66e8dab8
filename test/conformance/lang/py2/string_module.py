# Python 2 string module functions
import string
s = "  Hello World  "
print string.upper(s)
print string.lower(s)
print "[" + string.strip(s) + "]"
print string.replace("a-b-c", "-", "+")
print string.split("a b  c")
print string.split("a,b,c", ",")
print string.join(["x", "y", "z"], "-")
print string.join(["p", "q"])
print string.upper("mixed") + string.lower("CASE")
words = string.split("the quick brown fox")
print string.join([string.upper(w[0]) + w[1:] for w in words], " ")
print "method form still works", "abc".upper()
print string.strip("xxhixx", "x")
print string.split("  spaced   words  ")
print string.replace("aaaa", "a", "b", 2)
line = "key = value"
key, val = [string.strip(p) for p in string.split(line, "=")]
print "key:", key, "val:", val
csv = "1,2,3,4"
print sum([int(x) for x in string.split(csv, ",")])
print string.join(string.split("a.b.c", "."), "/")
print string.upper(""), "empty ok"
names = ["ann", "bob"]
print string.join([string.upper(n) for n in names], ", ")
print string.lower("MiXeD"), string.upper("MiXeD")
parts = string.split("k1=v1;k2=v2", ";")
print [string.split(p, "=")[1] for p in parts]
