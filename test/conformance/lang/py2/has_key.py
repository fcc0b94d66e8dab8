# Python 2 dict.has_key
d = {"apple": 1}
d["banana"] = 2
print d.has_key("apple")
print d.has_key("cherry")
if d.has_key("banana"):
    print "banana count", d["banana"]
counts = {}
for w in "a b a c b a".split():
    if counts.has_key(w):
        counts[w] = counts[w] + 1
    else:
        counts[w] = 1
for k in sorted(counts):
    print k, counts[k]
print not d.has_key("x")
print {}.has_key(0)
print {1: 2}.has_key(1.0)
class Config:
    def __init__(self):
        self.data = {"debug": False, "level": 3}
    def get(self, key, default=None):
        if self.data.has_key(key):
            return self.data[key]
        return default
c = Config()
print c.get("level"), c.get("missing", "fallback")
nested = {"outer": {"inner": 1}}
print nested.has_key("outer") and nested["outer"].has_key("inner")
keys = ["a", "b", "z"]
d2 = dict.fromkeys(["a", "b"], 0)
print [k for k in keys if d2.has_key(k)]
del d2["a"]
print d2.has_key("a"), len(d2)
