# SystemExit(0) and SystemExit(None) end the program with status 0
import sys
print('output before exit')
results = []
for code in (0, None, False):
    try:
        sys.exit(code)
    except SystemExit as e:
        results.append(repr(e.code))
print('codes seen', results)
def cleanup_chain():
    try:
        try:
            raise SystemExit(0)
        finally:
            print('inner finally')
    finally:
        print('outer finally')
try:
    cleanup_chain()
except SystemExit as e:
    print('caught after both finally blocks, code', e.code)
class Guard:
    def __enter__(self):
        print('enter guard')
    def __exit__(self, et, ev, tb):
        print('exit guard with', et.__name__)
def nested():
    try:
        with Guard():
            sys.exit(None)
    finally:
        print('finally before exit')
try:
    sys.exit()
except BaseException as e:
    print('bare sys.exit()', type(e).__name__, e.code)
nested()
print('not reached')
