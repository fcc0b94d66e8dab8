# find / rfind / index / rindex / count with ranges
s = 'abracadabra'
print('find', s.find('a'), s.find('bra'), s.find('z'), s.find(''), s.find('a', 1), s.find('a', 1, 3), s.find('a', -4))
print('rfind', s.rfind('a'), s.rfind('bra'), s.rfind('z'), s.rfind(''), s.rfind('a', 0, 5), s.rfind('a', -3, -1))
print('index', s.index('c'), s.index('dab'), s.rindex('b'), s.rindex('a', 0, 8))
for call in ("s.index('z')", "s.rindex('z')", "s.index('a', 1, 3)"):
    try:
        eval(call)
    except ValueError as e:
        print(call, 'ValueError', e)
print('count', s.count('a'), s.count('bra'), s.count('z'), s.count(''), s.count('a', 1), s.count('a', 1, 4), s.count('a', -3))
print('count overlapping not counted', 'aaaa'.count('aa'), 'aaa'.find('aa', 1))
print('empty sub positions', ''.find(''), 'abc'.find('', 3), 'abc'.find('', 4), 'abc'.count('', 1, 2), ''.count(''))
print('out of range starts', s.find('a', 100), s.find('a', -100), s.count('a', 100), s.rfind('a', -100, 100))
print('start > end', s.find('a', 5, 2), s.count('a', 5, 2))
print('None bounds', s.find('a', None, None), s.count('a', None, 5))
print('bytes', b'hello'.find(b'l'), b'hello'.find(108), b'hello'.count(b'l'), b'hello'.rindex(b'l'), b'hello'.index(104))
print('in vs find', 'cad' in s, s.find('cad') != -1)
try:
    s.find(1)
except TypeError as e:
    print('TypeError', e)
try:
    s.count()
except TypeError as e:
    print('TypeError', e)
positions = []
i = s.find('a')
while i != -1:
    positions.append(i)
    i = s.find('a', i + 1)
print('all positions', positions)
print('list index/count', [1, 2, 3, 2].index(2), [1, 2, 3, 2].index(2, 2), [1, 2, 3, 2].count(2))
try:
    [1, 2].index(5)
except ValueError as e:
    print('ValueError', e)
print('tuple index', (5, 6, 7).index(7), (5, 6, 5).count(5))
try:
    (1,).index(2)
except ValueError as e:
    print('ValueError', e)
print('unicode', 'naïve café'.find('é'), '日本語日本'.rfind('日本'), '日本語日本'.count('日'))
