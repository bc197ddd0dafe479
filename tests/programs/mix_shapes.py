# Shape hierarchy with abstract-ish base, dynamic dispatch, __lt__ sorting, classmethod constructors and math
import math

class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        raise NotImplementedError("area")

    def perimeter(self):
        return 0.0
    def __lt__(self, other):
        return self.area() < other.area()

    def __str__(self):
        return f"{self.name}(area={self.area():.3f}, perim={self.perimeter():.3f})"

class Circle(Shape):
    def __init__(self, r):
        super().__init__("Circle")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2
    def perimeter(self):
        return 2 * math.pi * self.r

class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("Rect")
        self.w = w
        self.h = h

    @classmethod
    def square(cls, side):
        r = cls(side, side)
        r.name = "Square"
        return r

    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)

class Triangle(Shape):
    def __init__(self, a, b, c):
        super().__init__("Triangle")
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"bad triangle {a},{b},{c}")
        self.a, self.b, self.c = a, b, c

    def area(self):
        s = self.perimeter() / 2
        return math.sqrt(s * (s - self.a) * (s - self.b) * (s - self.c))
    def perimeter(self):
        return self.a + self.b + self.c

shapes = [Circle(1.5), Rect(2, 3.5), Rect.square(2), Triangle(3, 4, 5)]
try:
    shapes.append(Triangle(1, 2, 10))
except ValueError as e:
    print("skipped:", e)
try:
    Shape("blob").area()
except NotImplementedError as e:
    print("abstract:", e)
for s in sorted(shapes):
    print(s)
print("count", Shape.count)
biggest = max(shapes, key=lambda s: s.perimeter())
print("longest perimeter:", biggest.name)
print(f"total area {sum(s.area() for s in shapes):.4f}")
kinds = {}
for s in shapes:
    kinds[type(s).__name__] = kinds.get(type(s).__name__, 0) + 1
print(kinds)
print([isinstance(s, Rect) for s in shapes], shapes[1] < shapes[0])
