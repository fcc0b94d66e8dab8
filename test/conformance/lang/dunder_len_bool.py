# Truthiness via __bool__ and __len__, len() protocol
class Box:
    def __init__(self, items): self.items = items
    def __len__(self): return len(self.items)
print('len', len(Box([1, 2, 3])), bool(Box([])), bool(Box([0])))
class Flag:
    def __init__(self, on): self.on = on
    def __bool__(self): return self.on
print('bool', bool(Flag(True)), bool(Flag(False)), not Flag(False))
class Both:
    def __bool__(self):
        print('  __bool__ wins')
        return True
    def __len__(self):
        print('  __len__ not used')
        return 0
print('both defined', bool(Both()))
class NoLen:
    pass
try:
    len(NoLen())
except TypeError as e:
    print('TypeError', e)
class BadLen:
    def __len__(self): return 'three'
try:
    len(BadLen())
except TypeError as e:
    print('TypeError', e)
class FloatLen:
    def __len__(self): return 3.0
try:
    len(FloatLen())
except TypeError as e:
    print('TypeError', e)
class NegLen:
    def __len__(self): return -1
try:
    len(NegLen())
except ValueError as e:
    print('ValueError', e)
class HugeLen:
    def __len__(self): return 2 ** 70
try:
    len(HugeLen())
except OverflowError as e:
    print('OverflowError', e)
class IndexLen:
    def __init__(self): pass
    def __len__(self):
        class I:
            def __index__(self): return 7
        return I()
try:
    print('__len__ returning __index__ object', len(IndexLen()))
except TypeError as e:
    print('TypeError', e)
class BoolLen:
    def __len__(self): return True
print('bool as len', len(BoolLen()))
class BadBool:
    def __bool__(self): return 'yes'
try:
    bool(BadBool())
except TypeError as e:
    print('TypeError', e)
try:
    if BadBool():
        pass
except TypeError as e:
    print('TypeError in if', e)
class NoneBool:
    __bool__ = None
try:
    bool(NoneBool())
except TypeError as e:
    print('TypeError', e)
print('while uses truthiness')
b = Box([1, 2, 3])
while b:
    print('  pop', b.items.pop())
print('and/or return operands', (Box([]) or 'fallback'), type(Flag(True) and Box([1])).__name__)
print('builtins', bool(0), bool(''), bool(' '), bool(None), bool(...), bool(NotImplemented) if False else 'skip')
class SubList(list):
    def __len__(self): return 0
print('subclass overriding __len__ affects truth', bool(SubList([1, 2])), len(SubList([1, 2])))
class SubInt(int):
    def __bool__(self): return True
print('int subclass __bool__', bool(SubInt(0)))
print('any/all use truth', any([Box([]), Flag(True)]), all([Box([1]), Flag(False)]))
print('filter None uses truth', len(list(filter(None, [Box([]), Box([1]), Flag(False), Flag(True)]))))
