# keyword: iskeyword, kwlist, softkwlist
import keyword

print("kwlist length:", len(keyword.kwlist))
print("kwlist:", keyword.kwlist)
print("sorted:", keyword.kwlist == sorted(keyword.kwlist))
print("softkwlist:", keyword.softkwlist)
for w in ["if", "else", "True", "None", "async", "await", "nonlocal", "global",
          "match", "case", "_", "type", "self", "If", "", "lambda", "yield", "__peg_parser__"]:
    print("%-15r iskeyword=%-5s issoftkeyword=%s" % (w, keyword.iskeyword(w), keyword.issoftkeyword(w)))
print("all are identifiers:", all(k.isidentifier() for k in keyword.kwlist))
print("non-str:", keyword.iskeyword(5) if False else "skip")
try:
    keyword.iskeyword(None)
    print("None -> no error")
except TypeError as e:
    print("TypeError:", e)
print("__all__:", sorted(keyword.__all__))
print("capitalized keywords:", [k for k in keyword.kwlist if k[0].isupper()])
def safe_name(n):
    return n + "_" if keyword.iskeyword(n) else n
print("safe names:", [safe_name(n) for n in ["class", "from", "value", "match"]])
print("kwlist is list:", type(keyword.kwlist).__name__, type(keyword.softkwlist).__name__)
print("no duplicates:", len(set(keyword.kwlist)) == len(keyword.kwlist))
print("soft and hard disjoint:", not set(keyword.kwlist) & set(keyword.softkwlist))
for src in ["match = 1", "case = 2", "_ = 3"]:
    ns = {}
    exec(src, ns)
    print("soft keyword usable as name:", src, "->", ns[src.split()[0]])
for src in ["if = 1", "None = 2"]:
    try:
        compile(src, "<kw>", "exec")
    except SyntaxError as e:
        print("hard keyword as name:", repr(src), "->", e.msg)
