# sys.exit(3): finally runs, SystemExit can be inspected, exit status 3
import sys
def cleanup():
    print('cleanup in finally')
try:
    sys.exit(0 + 7)
except SystemExit as e:
    print('caught SystemExit with code', e.code, type(e.code).__name__)
try:
    raise SystemExit
except SystemExit as e:
    print('bare SystemExit code', e.code)
try:
    sys.exit()
except SystemExit as e:
    print('sys.exit() code', e.code)
try:
    try:
        sys.exit(5)
    except Exception:
        print('not caught by Exception')
except BaseException as e:
    print('caught by BaseException', type(e).__name__)
def exits_in_loop():
    for i in range(10):
        try:
            if i == 2:
                sys.exit(i)
        finally:
            print('loop finally', i)
try:
    exits_in_loop()
except SystemExit as e:
    print('loop exit code', e.code)
try:
    sys.exit(2 ** 40)
except SystemExit as e:
    print('large code kept', e.code)
print('exiting with status 3')
try:
    sys.exit(3)
finally:
    cleanup()
print('never printed')
