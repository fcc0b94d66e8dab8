# abc: ABC, abstractmethod, instantiation errors, abstract properties/classmethods
from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())

try:
    Shape()
except TypeError as e:
    print("TypeError:", e)

class Partial(Shape):
    def area(self):
        return 1
try:
    Partial()
except TypeError as e:
    print("TypeError:", e)

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def perimeter(self):
        return 4 * self.s
sq = Square(3)
print("concrete:", sq.area(), sq.perimeter(), sq.describe())
print("__abstractmethods__:", sorted(Shape.__abstractmethods__), sorted(Partial.__abstractmethods__), Square.__abstractmethods__)
print("isinstance:", isinstance(sq, Shape), issubclass(Square, Shape))
print("type(ABC):", type(Shape) is ABCMeta)

class Base(ABC):
    @property
    @abstractmethod
    def name(self):
        ...
    @classmethod
    @abstractmethod
    def create(cls):
        ...
    @staticmethod
    @abstractmethod
    def helper():
        ...
try:
    Base()
except TypeError as e:
    print("TypeError:", e)
class Impl(Base):
    @property
    def name(self):
        return "impl"
    @classmethod
    def create(cls):
        return cls()
    @staticmethod
    def helper():
        return "help"
i = Impl.create()
print("abstract property/classmethod/staticmethod:", i.name, Impl.helper())

class Super(ABC):
    @abstractmethod
    def run(self):
        return "base run"
class Child(Super):
    def run(self):
        return "child + " + super().run()
print("call abstract via super:", Child().run())

class NoAbstract(ABC):
    def ok(self):
        return "ok"
print("ABC without abstract methods instantiable:", NoAbstract().ok())
class Meta(metaclass=ABCMeta):
    @abstractmethod
    def f(self):
        pass
try:
    Meta()
except TypeError as e:
    print("TypeError:", e)
class Plain:
    @abstractmethod
    def f(self):
        pass
print("abstractmethod without ABCMeta has no effect:", type(Plain()).__name__)
print("__isabstractmethod__:", Shape.area.__isabstractmethod__, getattr(Square.area, "__isabstractmethod__", False))
class Later(ABC):
    pass
def g(self):
    pass
Later.g = abstractmethod(g)
print("added later not enforced:", type(Later()).__name__)
from abc import update_abstractmethods
update_abstractmethods(Later)
try:
    Later()
except TypeError as e:
    print("after update_abstractmethods:", e)
