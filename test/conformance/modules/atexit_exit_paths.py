# atexit: handlers run on sys.exit, exceptions in handlers don't stop others; exit status 4
import atexit
import sys

def first_registered():
    print("first registered, runs last")
    sys.stdout.flush()

def raises():
    print("handler about to raise")
    sys.stdout.flush()
    raise ValueError("error inside atexit handler (traceback goes to stderr)")

def sees_exit_state():
    print("handler after main raised SystemExit; sys.exc_info:", sys.exc_info())

atexit.register(first_registered)
atexit.register(raises)
atexit.register(sees_exit_state)

def nested_register():
    print("handler registering another handler")
    atexit.register(lambda: print("late-registered handler"))
atexit.register(nested_register)

try:
    raise KeyError("handled before exit")
except KeyError:
    pass
print("calling sys.exit(4)")
sys.exit(4)
