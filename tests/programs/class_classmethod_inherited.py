# Classmethods and static methods reached through a subclass: `cls` is the class they are
# called on, so alternative constructors build instances of the subclass.
class Shape:
    count = 0

    def __init__(self, size):
        self.size = size
        Shape.count += 1

    @classmethod
    def unit(cls):
        return cls(1)

    @classmethod
    def doubled(cls, size):
        return cls(size * 2)

    @staticmethod
    def describe(x):
        return f"size {x}"

    def area(self):
        return self.size * self.size

    def name(self):
        return "shape"


class Triangle(Shape):
    def area(self):
        return self.size * self.size / 2

    def name(self):
        return "triangle"


class Circle(Shape):
    @classmethod
    def unit(cls):
        return cls(10)

    def area(self):
        return round(3.14159 * self.size * self.size, 2)

    def name(self):
        return "circle"


shapes = [Shape.unit(), Triangle.unit(), Circle.unit(), Triangle.doubled(3), Circle.doubled(1)]
for s in shapes:
    print(s.name(), s.size, s.area())
print(Triangle.describe(5), Circle.describe(2), Shape.count)
