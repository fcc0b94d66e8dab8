# sys.exit('message'): message goes to stderr, status 1
import sys
print('about to exit with a message')
try:
    sys.exit('first message')
except SystemExit as e:
    print('code is the message:', e.code, '| args:', e.args, '| str:', str(e))
try:
    sys.exit(['a', 'list'])
except SystemExit as e:
    print('non-int code kept as object:', e.code)
try:
    sys.exit(None)
except SystemExit as e:
    print('None code:', e.code, repr(str(e)))
try:
    sys.exit(1, 2)
except TypeError as e:
    print('TypeError', e)
def nested():
    try:
        sys.exit('from nested')
    finally:
        print('finally in nested runs')
try:
    nested()
except SystemExit as e:
    print('propagated through function:', e.code)
class CM:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print('__exit__ sees', et.__name__, repr(ev.code))
        return False
try:
    with CM():
        sys.exit('inside with')
except SystemExit:
    print('not suppressed by __exit__ returning False')
print('SystemExit is not an Exception:', not issubclass(SystemExit, Exception))
sys.stdout.flush()
sys.exit('fatal: giving up')
