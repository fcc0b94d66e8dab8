# Dict and set comprehensions
words = ['apple', 'banana', 'cherry', 'avocado']
print('dict basic', {w: len(w) for w in words})
print('dict filter', {w: len(w) for w in words if w.startswith('a')})
print('dict invert', {v: k for k, v in {'a': 1, 'b': 2}.items()})
print('dict key collision keeps last value', {x % 3: x for x in range(10)})
print('dict order follows first insertion', {k: i for i, k in enumerate('abca')})
print('dict from zip', {k: v for k, v in zip('xyz', range(3))})
print('dict nested', {i: {j: i * j for j in range(3)} for i in range(2)})
print('dict with tuple keys', {(i, j): i + j for i in range(2) for j in range(2)})
print('dict conditional value', {n: ('even' if n % 2 == 0 else 'odd') for n in range(4)})
print('set basic', sorted({x % 4 for x in range(20)}))
print('set of strings sorted', sorted({w[0] for w in words}))
print('set nested loops', sorted({a * b for a in range(4) for b in range(4)}))
print('set filter', sorted({c for c in 'mississippi' if c != 's'}))
print('set type', type({x for x in ()}).__name__, type({k: 0 for k in ()}).__name__)
print('empty', {x for x in []}, {k: k for k in []})
print('dict from set comprehension keys', sorted({x: None for x in {3, 1, 2}}))
counts = {}
for c in 'hello world':
    counts[c] = counts.get(c, 0) + 1
print('counts via comprehension', {c: n for c, n in counts.items() if n > 1})
print('dict comp with walrus', {x: y for x in range(5) if (y := x * 3) % 2 == 0})
print('1 and 1.0 and True collide', {k: str(k) for k in [1, 1.0, True]})
print('set numeric collision', {1, 1.0, True}, {0, 0.0, False, -0.0})
try:
    {[]: 1 for _ in range(1)}
except TypeError as e:
    print('TypeError', e)
try:
    {[x] for x in range(1)}
except TypeError as e:
    print('TypeError', e)
evaluation = []
def k(v):
    evaluation.append(('key', v))
    return v
def val(v):
    evaluation.append(('val', v))
    return v
d = {k(i): val(i) for i in range(2)}
print('key evaluated before value', evaluation)
nested = {outer: sorted({inner for inner in range(outer)}) for outer in range(4)}
print('set inside dict', nested)
frozen = {frozenset({i, i + 1}) for i in range(3)}
print('frozensets in set', sorted(sorted(f) for f in frozen))
