# pprint: random nested structures (deterministic LCG) under random options
import pprint, collections
state = [12345]
def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return state[0] % n
words = ['a', 'bb', 'ccc dd', 'hello world foo bar', 'x' * 30, 'with\nnewline', "q'uote", 'tab\there', 'é ü', '']
def gen(d):
    k = rnd(14 if d < 4 else 6)
    if k == 0: return rnd(1000) - 500
    if k == 1: return words[rnd(len(words))] * (1 + rnd(3))
    if k == 2: return rnd(100) / 7
    if k == 3: return bytes(range(rnd(40)))
    if k == 4: return None
    if k == 5: return 10 ** rnd(30)
    if k == 6: return [gen(d + 1) for _ in range(rnd(6))]
    if k == 7: return tuple(gen(d + 1) for _ in range(rnd(4)))
    if k == 8: return {words[rnd(len(words))] + str(i): gen(d + 1) for i in range(rnd(5))}
    if k == 9: return {rnd(50) for _ in range(rnd(8))}
    if k == 10: return collections.OrderedDict((str(i), gen(d + 1)) for i in range(rnd(4)))
    if k == 11: return collections.deque([gen(d + 1) for _ in range(rnd(4))], maxlen=[None, 5][rnd(2)])
    if k == 12: return bytearray(range(rnd(30)))
    return frozenset(rnd(30) for _ in range(rnd(6)))
for i in range(150):
    obj = gen(0)
    w = [1, 5, 10, 20, 30, 40, 60, 80, 120][rnd(9)]
    ind = rnd(5)
    depth = [None, None, 1, 2, 3][rnd(5)]
    comp = bool(rnd(2))
    sd = bool(rnd(2))
    un = bool(rnd(2))
    print('#', i, w, ind, depth, comp, sd, un)
    print(pprint.pformat(obj, width=w, indent=ind, depth=depth, compact=comp, sort_dicts=sd, underscore_numbers=un))
