# Multiple context managers in one with statement, ordering and nesting
log = []
class CM:
    def __init__(self, name, fail_enter=False, suppress=False):
        self.name, self.fail_enter, self.suppress = name, fail_enter, suppress
    def __enter__(self):
        log.append('enter ' + self.name)
        if self.fail_enter:
            raise RuntimeError('enter ' + self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        log.append('exit %s %s' % (self.name, et.__name__ if et else '-'))
        return self.suppress
with CM('a') as a, CM('b') as b, CM('c') as c:
    log.append('body %s%s%s' % (a, b, c))
print('three items', log); log.clear()
with (CM('x') as x,
      CM('y') as y):
    log.append('paren body')
print('parenthesized', log); log.clear()
with (CM('p'), CM('q')):
    pass
print('parenthesized no as', log); log.clear()
try:
    with CM('a'), CM('b', fail_enter=True), CM('c'):
        log.append('body')
except RuntimeError as e:
    log.append('caught ' + str(e))
print('second enter fails', log); log.clear()
with CM('outer', suppress=True), CM('inner'):
    raise ValueError
print('outer suppresses inner exception', log); log.clear()
try:
    with CM('outer'), CM('inner', suppress=True):
        raise KeyError
    log.append('after with')
except KeyError:
    log.append('not reached')
print('inner suppresses', log); log.clear()
with CM('1'):
    with CM('2'):
        with CM('3'):
            log.append('deep')
print('nested statements', log); log.clear()
def gen_managers():
    for n in 'uv':
        yield CM(n)
g = gen_managers()
with next(g) as u, next(g) as v:
    log.append(u + v)
print('expressions evaluated in order', log); log.clear()
class Counter:
    active = 0
    def __enter__(self):
        Counter.active += 1
        return Counter.active
    def __exit__(self, *a):
        Counter.active -= 1
c = Counter()
with c as n1, c as n2:
    print('same manager twice', n1, n2, Counter.active)
print('after', Counter.active)
def early_return():
    with CM('r1'), CM('r2'):
        return 'value'
print(early_return(), log); log.clear()
class Resource:
    def __init__(self, name): self.name = name; self.closed = False
    def __enter__(self): return self
    def __exit__(self, *a): self.closed = True
r1, r2 = Resource('one'), Resource('two')
with r1 as f1, r2 as f2:
    print('both open', f1.closed, f2.closed)
print('both closed', r1.closed, r2.closed)
