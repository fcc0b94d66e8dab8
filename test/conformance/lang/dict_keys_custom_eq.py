# objects whose __hash__/__eq__ make them equal to a str or an int share its dict entry
class One:
    def __hash__(self): return 1
    def __eq__(self, o): return o == 1
    def __repr__(self): return 'One()'
d = {One(): 'b'}
print(d.get(1), 1 in d, d[1], d.get(1.0), d.get(True))
d[1] = 'c'
print(d, len(d))
print(d.pop(1), d)
e = {One(): 'x', 'k': 2}
e['k'] = 3; e[5] = 6
print(e, e.get('k'), 5 in e, e.pop(5))
class S:
    def __hash__(self): return hash('abc')
    def __eq__(self, o): return o == 'abc'
    def __repr__(self): return 'S()'
f = {S(): 1}
print(f.get('abc'), 'abc' in f)
f['abc'] = 2
print(f)
