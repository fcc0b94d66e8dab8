# sys.exit: SystemExit carries codes; final exit status 3
import sys

for arg in (None, 0, 5, "message"):
    try:
        if arg is None:
            sys.exit()
        sys.exit(arg)
    except SystemExit as e:
        print("exit", repr(arg), "-> code", repr(e.code), "args", e.args)

try:
    sys.exit((1, 2))
except SystemExit as e:
    print("tuple code:", e.code)

print("SystemExit is BaseException:", issubclass(SystemExit, BaseException))
print("SystemExit not Exception:", not issubclass(SystemExit, Exception))

try:
    try:
        sys.exit(7)
    except Exception:
        print("should not be caught by Exception")
except SystemExit as e:
    print("caught by SystemExit:", e.code)

def cleanup():
    try:
        sys.exit(9)
    finally:
        print("finally runs on sys.exit")

try:
    cleanup()
except SystemExit as e:
    print("code after finally:", e.code)

e = SystemExit()
print("bare SystemExit code:", e.code)
e = SystemExit(1, 2)
print("two-arg SystemExit code:", e.code)

sys.stdout.flush()
print("exiting with 3")
sys.exit(3)
print("never printed")
