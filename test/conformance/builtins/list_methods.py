# list methods
lst = [3, 1, 2]
lst.append(4)
print('append', lst)
lst.extend([5, 6])
lst.extend((7,))
lst.extend(range(8, 10))
lst.extend('ab')
print('extend', lst)
lst.insert(0, 'first')
lst.insert(100, 'last')
lst.insert(-1, 'before last')
lst.insert(-100, 'very first')
print('insert', lst)
print('pop', lst.pop(), lst.pop(0), lst.pop(-2), lst.pop(2))
print('after pop', lst)
lst.remove('a')
print('remove', lst)
print('index', lst.index(4), lst.index(8, 3), lst.index(9, -3))
print('count', [1, 2, 1, 1].count(1), [[1], [1]].count([1]), [1, 1.0, True].count(1))
lst = [5, 3, 8]
lst.reverse()
print('reverse', lst)
print('copy', lst.copy(), lst.copy() is not lst)
lst.clear()
print('clear', lst)
errors = [('[].pop()', IndexError), ('[1].pop(5)', IndexError), ('[1].remove(2)', ValueError), ('[1].index(2)', ValueError),
          ('[1, 2].index(2, 0, 1)', ValueError), ('[].append()', TypeError), ('[].extend(5)', TypeError), ('[].insert(1)', TypeError),
          ("[1].pop('0')", TypeError), ('[1][1]', IndexError), ('[1][-2]', IndexError), ("[1]['a']", TypeError), ('[1][1.0]', TypeError),
          ('x = []; x[0] = 1', IndexError), ('x = [1]; del x[3]', IndexError)]
for code, exc in errors:
    try:
        exec(code)
    except exc as e:
        print(code, '->', type(e).__name__, e)
a = [1, 2]
a.extend(a)
print('extend with itself', a)
a = [1, 2]
a += a
print('+= itself', a)
nested = [[1], [2]]
shallow = nested.copy()
shallow[0].append(99)
print('shallow copy shares inner', nested)
print('list() constructor', list(), list('ab'), list((1, 2)), list({'k': 1}), list(range(3)), list(x * x for x in range(3)))
print('list of dict items', list({'a': 1}.items()))
class WithEq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == getattr(o, 'v', o)
print('remove uses ==', len([WithEq(1), WithEq(2)]), [WithEq(1), 2].index(2), [2, WithEq(1)].index(1))
li = [0, 1, 2, 3, 4]
print('pop negative', li.pop(-1), li.pop(-4), li)
print('append returns None', [].append(1))
print('index start beyond', [1, 2, 3].index(3, -1))
