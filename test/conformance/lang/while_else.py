# while loops with else, break and continue
i = 0
while i < 3:
    print('while', i)
    i += 1
else:
    print('else runs when condition false', i)
i = 0
while i < 10:
    if i == 2:
        print('break at', i)
        break
    i += 1
else:
    print('never printed')
i = 0
while i < 5:
    i += 1
    if i % 2:
        continue
    print('even', i)
else:
    print('else after continue loop', i)
n = 0
while False:
    n += 1
else:
    print('else with zero iterations', n)
count = 0
while True:
    count += 1
    if count > 4:
        break
print('infinite with break', count)
outer = 0
found = None
while outer < 5:
    inner = 0
    while inner < 5:
        if outer * inner == 6:
            found = (outer, inner)
            break
        inner += 1
    else:
        outer += 1
        continue
    break
print('nested break flag pattern', found)
data = [3, 1, 4, 1, 5]
while data:
    item = data.pop()
    if item == 4:
        print('found 4, remaining', data)
        break
def search(lst, target):
    idx = 0
    while idx < len(lst):
        if lst[idx] == target:
            return idx
        idx += 1
    else:
        return -1
print('search', search([5, 6, 7], 7), search([5, 6, 7], 8))
a, b = 0, 1
fib = []
while len(fib) < 10:
    fib.append(a)
    a, b = b, a + b
print('fib', fib)
x = 10
while x := x - 3:
    print('walrus while', x)
    if x < 0:
        break
cnt = 0
while cnt < 3:
    cnt += 1
    try:
        if cnt == 2:
            continue
    finally:
        print('finally in while', cnt)
else:
    print('else after try-continue')
