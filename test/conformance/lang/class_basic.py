# Class definition basics: instances, attributes, methods, repr of types
class Dog:
    """A dog."""
    species = 'canis'
    def __init__(self, name, age=1):
        self.name = name
        self.age = age
    def bark(self):
        return f'{self.name} says woof'
    def birthday(self):
        self.age += 1
        return self
d = Dog('rex')
print('attrs', d.name, d.age, d.species)
print('method', d.bark())
print('chained', d.birthday().birthday().age)
print('class repr', Dog, repr(Dog).startswith("<class '__main__.Dog'>"))
print('names', Dog.__name__, Dog.__qualname__, Dog.__module__, Dog.__doc__)
print('type', type(d).__name__, type(d) is Dog, isinstance(d, Dog), isinstance(d, object))
print('instance dict', d.__dict__)
print('class dict keys', sorted(k for k in Dog.__dict__ if not k.startswith('__')))
print('bound method', type(d.bark).__name__, d.bark.__self__ is d, d.bark.__func__ is Dog.bark)
print('unbound via class', Dog.bark(d), type(Dog.bark).__name__)
m = d.bark
d.name = 'max'
print('bound method uses current state', m())
d.tricks = ['sit']
print('dynamic attribute', d.tricks, 'tricks' in vars(d))
print('hasattr', hasattr(d, 'name'), hasattr(d, 'nope'))
try:
    d.nope
except AttributeError as e:
    print('AttributeError', e)
try:
    Dog.nope
except AttributeError as e:
    print('AttributeError', e)
class Empty:
    pass
e = Empty()
print('empty class', e.__dict__, Empty.__bases__)
print('default repr prefix', repr(e).startswith('<__main__.Empty object at 0x'))
print('default str equals repr', str(e) == repr(e))
print('equality defaults to identity', e == e, e == Empty(), e != Empty())
class Nested:
    class Inner:
        class Deeper:
            pass
print('nested qualname', Nested.Inner.Deeper.__qualname__, Nested.Inner.__name__)
def factory():
    class Local:
        pass
    return Local
print('local class qualname', factory().__qualname__)
print('distinct classes each call', factory() is factory())
class WithInit:
    def __init__(self):
        return None
try:
    class BadInit:
        def __init__(self):
            return 5
    BadInit()
except TypeError as e:
    print('TypeError', e)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
for _ in range(3):
    Counter()
print('class counter', Counter.count)
print('method defined later', hasattr(Dog, 'fly'))
Dog.fly = lambda self: self.name + ' cannot fly'
print('monkeypatched', d.fly())
class Body:
    x = 1
    y = x + 1
    z = [x, y]
    for i in range(2):
        z.append(i)
    del i
print('class body executes like code', Body.y, Body.z, hasattr(Body, 'i'))
print('class is callable', callable(Dog), callable(d))
