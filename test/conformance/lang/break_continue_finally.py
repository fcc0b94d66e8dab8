# break / continue / return interacting with try/finally
for i in range(3):
    try:
        if i == 1:
            continue
        print('body', i)
    finally:
        print('finally', i)
for i in range(3):
    try:
        if i == 1:
            break
        print('body2', i)
    finally:
        print('finally2', i)
print('after loop, i =', i)
def f():
    for i in range(3):
        try:
            return i
        finally:
            print('finally before return', i)
print('f returned', f())
def g():
    for i in range(3):
        try:
            try:
                if i == 0:
                    continue
                break
            finally:
                print('inner finally', i)
        finally:
            print('outer finally', i)
    return 'done'
print('g', g())
def h():
    i = 0
    while True:
        i += 1
        try:
            if i < 3:
                continue
            return i
        finally:
            print('h finally', i)
print('h', h())
def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            print('swallow exception by break', i)
            break
    return 'exception swallowed'
print(break_in_finally())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            out.append(i)
            continue
    return out
print('continue in finally', continue_in_finally())
def except_and_continue():
    res = []
    for x in [1, 0, 2]:
        try:
            res.append(10 // x)
        except ZeroDivisionError:
            res.append('zero')
            continue
        else:
            res.append('else')
        finally:
            res.append('fin')
    return res
print('except continue', except_and_continue())
def nested_loops_finally():
    for a in range(2):
        for b in range(2):
            try:
                if b == 1:
                    break
            finally:
                print('nested finally', a, b)
nested_loops_finally()
def ret_overrides():
    for i in range(5):
        try:
            break
        finally:
            return 'finally return beats break'
print(ret_overrides())
