# Python 2 exec statement
exec "x = 5"
print "x is", x
exec "y = x * 2"
print "y is", y
code = "z = x + y"
exec code
print "z is", z
ns = {}
exec "a = 1; b = a + 1" in ns
print "namespace", ns["a"], ns["b"]
g = {"base": 10}
l = {}
exec "result = base * 3" in g, l
print "locals result", l["result"]
src = """
def helper(n):
    return n * n
squares = [helper(i) for i in range(4)]
"""
exec src
print "squares", squares
print "helper(9)", helper(9)
exec compile("w = 'compiled'", "<string>", "exec")
print "w is", w
counter = {"n": 0}
for i in range(3):
    exec "n = n + 1" in counter
print "counter", counter["n"]
def run(code):
    env = {}
    exec code in env
    return env.get("out")
print "run", run("out = 6 * 7")
exec "q = [c.upper() for c in 'abc']"
print "q", q
