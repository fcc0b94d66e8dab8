# raise SystemExit with various codes; the final one sets exit status 2
def run():
    print('in run')
    raise SystemExit(4)
try:
    run()
except SystemExit as e:
    print('caught', e.code)
for code in (None, 0, 2, 'text', True, 3.5):
    try:
        raise SystemExit(code)
    except SystemExit as e:
        print('code', repr(e.code), 'args', e.args)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print('two args code', e.code)
try:
    raise SystemExit
except SystemExit as e:
    print('class raised: code', e.code, 'args', e.args)
class Exit(SystemExit):
    pass
try:
    raise Exit(9)
except SystemExit as e:
    print('subclass', type(e).__name__, e.code)
def gen():
    try:
        yield 1
    finally:
        print('generator finally on close')
g = gen()
next(g)
g.close()
try:
    try:
        raise SystemExit(7)
    except Exception:
        print('not reached: SystemExit is not an Exception')
except BaseException as e:
    print('BaseException handler got', type(e).__name__, e.code)
print('final raise SystemExit(2)')
raise SystemExit(2)
