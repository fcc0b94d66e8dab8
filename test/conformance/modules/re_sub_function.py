# re.sub / subn with replacement functions
import re

def double(m):
    return str(int(m.group()) * 2)
print("double:", re.sub(r"\d+", double, "a1 b20 c300"))
print("lambda upper:", re.sub(r"\b\w", lambda m: m.group().upper(), "the quick brown fox"))
print("lambda groups:", re.sub(r"(\w+)=(\w+)", lambda m: "%s:%s" % (m[2], m[1]), "a=1 b=2"))
calls = []
def rec(m):
    calls.append((m.start(), m.group()))
    return "<%s>" % m.group()
print("called in order:", re.sub(r"[aeiou]", rec, "education", count=3), calls)
print("function returns '':", re.sub(r"\d", lambda m: "", "a1b2c3"))
print("repl not re-parsed:", re.sub(r"x", lambda m: r"\1\n", "x"))
try:
    re.sub(r"x", lambda m: 5, "x")
except TypeError as e:
    print("TypeError:", e)
print("None return acts as empty:", re.sub(r"x", lambda m: None, "axb"))
print("subn with func:", re.subn(r"\d", lambda m: m.group() * 2, "1a2"))
env = {"name": "World", "n": "3"}
print("template:", re.sub(r"\$\{(\w+)\}", lambda m: env.get(m.group(1), m.group(0)), "Hi ${name} x${n} ${zz}"))
counter = iter(range(1, 100))
print("numbering:", re.sub(r"#", lambda m: str(next(counter)), "# # #"))
print("empty matches func:", re.sub(r"\b", lambda m: "|", "ab cd"))
def camel_to_snake(s):
    return re.sub(r"(?<!^)(?=[A-Z])", "_", s).lower()
print("camel_to_snake:", camel_to_snake("CamelCaseStringHTTP"))
def snake_to_camel(s):
    return re.sub(r"_([a-z])", lambda m: m.group(1).upper(), s)
print("snake_to_camel:", snake_to_camel("snake_case_string"))
print("compiled with func:", re.compile(r"(\d)(\d)").sub(lambda m: m[2] + m[1], "12 34 5"))
print("match attrs in func:", re.sub(r"o", lambda m: str(m.pos) + str(m.endpos), "foo"))
print("bytes func:", re.sub(rb"\d", lambda m: m.group() * 3, b"a1"))
def raiser(m):
    raise ValueError("stop at " + m.group())
try:
    re.sub(r"\d", raiser, "ab7")
except ValueError as e:
    print("exception propagates:", e)
