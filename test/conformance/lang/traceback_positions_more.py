# Traceback carets for name loads, unbound locals, subscript stores/deletes, comprehension calls, with-exit lines
import traceback
def t1():
    x = 1 + undefined_name
def t2():
    x += 1
def t3():
    lst = []
    lst[10] = 1
def t4():
    d = {}
    del d['k']
def t5():
    return [1/0 for i in range(3)]
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): {}['missing']
def t6():
    with CM():
        pass
def t7():
    x = '中文' + 1 / 0
def t8():
    y = [1]
    y.nope   
for f in [t1, t2, t3, t4, t5, t6, t7, t8]:
    try: f()
    except Exception: print(traceback.format_exc().replace(__file__, "FILE"), end="")
