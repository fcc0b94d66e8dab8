# oop.py - classes: __init__, instance attributes, method calls, inheritance
# with super(), properties (getter/setter), class attributes, __slots__,
# special methods (__add__, __eq__, __len__, __repr__), isinstance.


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def __repr__(self):
        return "Vec(%d, %d)" % (self.x, self.y)


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        raise NotImplementedError

    def describe(self):
        return self.name + ":" + str(self.area())


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self._w = w
        self._h = h

    @property
    def width(self):
        return self._w

    @width.setter
    def width(self, value):
        if value < 0:
            value = 0
        self._w = value

    def area(self):
        return self._w * self._h


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

    def area(self):
        return super().area() + 0


class Circle(Shape):
    def __init__(self, r):
        Shape.__init__(self, "circle")
        self.r = r

    def area(self):
        return 3 * self.r * self.r


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        self.balance += amount
        self.history.append(amount)
        return self

    def withdraw(self, amount):
        if amount > self.balance:
            return False
        self.balance -= amount
        self.history.append(-amount)
        return True

    def __len__(self):
        return len(self.history)


class Node:
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right


class Tree:
    def __init__(self):
        self.root = None
        self.size = 0

    def insert(self, value):
        if self.root is None:
            self.root = Node(value)
            self.size += 1
            return
        node = self.root
        while True:
            if value < node.value:
                if node.left is None:
                    node.left = Node(value)
                    break
                node = node.left
            elif value > node.value:
                if node.right is None:
                    node.right = Node(value)
                    break
                node = node.right
            else:
                return
        self.size += 1

    def height(self, node):
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))

    def total(self, node):
        if node is None:
            return 0
        return node.value + self.total(node.left) + self.total(node.right)


def vectors(n):
    acc = Vec(0, 0)
    step = Vec(1, 2)
    same = 0
    for i in range(n):
        v = Vec(i % 17, i % 13)
        acc = acc + v - step
        if v == step:
            same += 1
        acc.x = acc.x % 100003
        acc.y = acc.y % 100019
    return acc.dot(Vec(3, 5)) + same, repr(acc)


def shapes(n):
    total = 0
    names = 0
    for i in range(n):
        k = i % 3
        if k == 0:
            s = Rect(i % 10, 3)
            s.width = s.width - 4
        elif k == 1:
            s = Square(i % 7)
        else:
            s = Circle(i % 5)
        total += s.area()
        if isinstance(s, Rect):
            names += len(s.describe())
    return total, names, Shape.count


def accounts(n):
    accs = [Account("user%d" % i, i) for i in range(50)]
    failed = 0
    for i in range(n):
        a = accs[i % 50]
        a.deposit(i % 11).deposit(1)
        if not a.withdraw((i * 7) % 23):
            failed += 1
    return sum(a.balance for a in accs), sum(len(a) for a in accs), failed


def trees(n):
    t = Tree()
    x = 12345
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        t.insert(x % 1000000)
    return t.size, t.height(t.root), t.total(t.root)


def main():
    v = vectors(350000)
    s = shapes(250000)
    a = accounts(500000)
    t = trees(80000)
    print("vectors", v)
    print("shapes", s)
    print("accounts", a)
    print("tree", t)
    print("checksum", (v[0] + s[0] + s[1] + s[2] + a[0] + a[1] + a[2] + t[0] + t[1] + t[2]) % 1000000007)


main()
