# return inside finally and other control-flow overrides
def f1():
    try:
        return 'try'
    finally:
        return 'finally'
print('f1', f1())
def f2():
    try:
        raise ValueError('lost')
    finally:
        return 'finally swallows exception'
print('f2', f2())
def f3():
    x = 'initial'
    try:
        return x
    finally:
        x = 'changed'
        print('finally sees x =', x)
print('f3', f3())
def f4():
    lst = [1]
    try:
        return lst
    finally:
        lst.append(2)
print('f4 mutation visible', f4())
def f5():
    for i in range(3):
        try:
            if i == 2:
                return i
        finally:
            if i == 2:
                print('finally at return', i)
print('f5', f5())
def f6():
    try:
        try:
            return 'inner'
        finally:
            print('inner finally')
    finally:
        print('outer finally')
print('f6', f6())
def f7():
    try:
        1 / 0
    except ZeroDivisionError:
        return 'from except'
    finally:
        print('finally after except return')
print('f7', f7())
def f8():
    try:
        1 / 0
    except ZeroDivisionError:
        return 'from except'
    finally:
        return 'finally overrides except return'
print('f8', f8())
try:
    exec('def bad():\n    try:\n        pass\n    else:\n        pass\n')
except SyntaxError as e:
    print('SyntaxError try/else without except:', e.msg)
def f9b():
    try:
        pass
    except Exception:
        pass
    else:
        return 'from else'
    finally:
        print('finally after else return')
print('f9b', f9b())
def gen():
    try:
        yield 1
        yield 2
    finally:
        print('generator finally')
gg = gen()
for v in gg:
    print('gen value', v)
    break
print('before explicit close')
gg.close()
print('after close')
import sys
def f10():
    try:
        raise KeyError('k')
    except KeyError:
        try:
            return 'ret'
        finally:
            print('exc_info in finally during except:', sys.exc_info()[0].__name__)
print('f10', f10())
print('exc_info after', sys.exc_info())
def f11():
    count = 0
    while True:
        try:
            count += 1
            if count == 3:
                return count
        finally:
            if count < 3:
                continue
print('f11', f11())
