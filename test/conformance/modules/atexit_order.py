# atexit: handlers run LIFO at normal exit, with args and kwargs
import atexit
import sys

def goodbye(name, punct="!"):
    print("goodbye, %s%s" % (name, punct))

def final():
    print("final handler (registered first, runs last)")
    sys.stdout.flush()

atexit.register(final)
r = atexit.register(goodbye, "alice")
print("register returns the function:", r is goodbye)
atexit.register(goodbye, "bob", punct="?")
atexit.register(goodbye, name="carol", punct=".")

@atexit.register
def decorated():
    print("decorated handler")
print("decorator keeps name:", decorated.__name__)

counter = {"n": 0}
def bump():
    counter["n"] += 1
    print("bump ->", counter["n"])
atexit.register(bump)
atexit.register(bump)

class Resource:
    def __init__(self, name):
        self.name = name
        atexit.register(self.close)
    def close(self):
        print("closing resource", self.name)
res = Resource("db")
atexit.register(lambda: print("lambda handler sees state:", counter["n"]))
print("main body done")
