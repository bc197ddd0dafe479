# Single inheritance: overriding with dispatch on the object's class, super(), inherited
# attributes and class attributes, isinstance, __repr__/__str__ by the object's class.
class Shape:
    SIDES = 0

    def __init__(self, name):
        self.name = name

    def area(self):
        return 0.0

    def describe(self):
        return f"{self.name}: {self.SIDES} sides, area {self.area():.2f}"

    def __repr__(self):
        return f"{type_name(self)}({self.name!r})"


def type_name(s):
    if isinstance(s, Square):
        return "Square"
    if isinstance(s, Rect):
        return "Rect"
    if isinstance(s, Circle):
        return "Circle"
    return "Shape"


class Rect(Shape):
    SIDES = 4

    def __init__(self, name, w, h):
        super().__init__(name)
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, side):
        super().__init__("square", side, side)

    def describe(self):
        return "a square! " + super().describe()


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3.14159 * self.r * self.r

    def __str__(self):
        return f"circle of radius {self.r}"


shapes = [Rect("rect", 2, 3), Square(4), Circle(1), Shape("blob")]
for s in shapes:
    print(s.describe())
print(shapes)
print([str(s) for s in shapes])
total = 0.0
for s in shapes:
    total += s.area()
print(f"{total:.3f}")
biggest = max(shapes, key=lambda s: s.area())
print(biggest.name, isinstance(biggest, Rect), isinstance(biggest, Shape), isinstance(biggest, Circle))
print([s.name for s in shapes if isinstance(s, (Rect, Circle))])
sq = Square(2)
r = sq
print(r.w, r.SIDES, sq is r, sq == shapes[1])


class Base:
    def __init__(self, x):
        self.x = x


class Derived(Base):
    def doubled(self):
        return self.x * 2


print(Derived(21).doubled())
