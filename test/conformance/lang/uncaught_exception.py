# Program ends with an uncaught exception: stdout kept, exit status 1
def level3(d):
    return d['missing']
def level2(d):
    return level3(d)
def level1():
    return level2({})
print('before the error')
for i in range(3):
    print('line', i)
try:
    level1()
except KeyError as e:
    print('first time caught', repr(e))
results = []
for data in ({'missing': 1}, {}):
    try:
        results.append(level3(data))
    except KeyError:
        results.append('error')
print('results', results)
def generator():
    yield 1
    yield level1()
g = generator()
print('generator first value', next(g))
print('now uncaught, raised from inside a generator')
next(g)
print('never printed')
