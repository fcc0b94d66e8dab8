# operator: building a small calculator from operator functions
import operator as op

BIN = {"+": op.add, "-": op.sub, "*": op.mul, "/": op.truediv, "//": op.floordiv,
       "%": op.mod, "**": op.pow, "&": op.and_, "|": op.or_, "^": op.xor,
       "<<": op.lshift, ">>": op.rshift, "<": op.lt, "==": op.eq}
UN = {"neg": op.neg, "~": op.invert, "not": op.not_, "abs": op.abs}

def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in BIN:
            b, a = stack.pop(), stack.pop()
            stack.append(BIN[tok](a, b))
        elif tok in UN:
            stack.append(UN[tok](stack.pop()))
        else:
            stack.append(float(tok) if "." in tok else int(tok))
    return stack.pop()

for e in ["3 4 +", "10 3 -", "6 7 *", "7 2 /", "7 2 //", "-7 2 %", "2 100 **",
          "12 10 &", "12 10 |", "12 10 ^", "1 5 <<", "100 2 >>", "1 2 <", "2 2.0 ==",
          "5 neg", "5 ~", "0 not", "-3.5 abs", "1.5 2 *", "2 0.5 **"]:
    print("%-10s = %r" % (e, rpn(e)))
for bad in ["1 0 /", "1 0 //", "1 0 %", "2 -1 <<"]:
    try:
        rpn(bad)
    except (ZeroDivisionError, ValueError) as ex:
        print("%-10s : %s: %s" % (bad, type(ex).__name__, ex))

names = sorted(n for n in dir(op) if not n.startswith("_"))
print("has common names:", all(n in names for n in ["add", "itemgetter", "attrgetter",
      "methodcaller", "iadd", "length_hint", "index", "is_not", "truth", "countOf"]))
print("dunder variants:", all(hasattr(op, "__%s__" % n) for n in ["add", "sub", "iadd", "getitem", "not", "index", "contains"]))
print("mixed numeric:", op.add(1, 2.5), op.mul(True, 3), op.truediv(1, 3))
print("bigint:", op.pow(3, 50), op.mul(2 ** 70, 2 ** 70))
print("divmod signs:", [op.floordiv(a, b) for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2)]])
print("mod signs:", [op.mod(a, b) for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2)]])
print("float mod:", op.mod(-7.5, 2), op.floordiv(-7.5, 2))
