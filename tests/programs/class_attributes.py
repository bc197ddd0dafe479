# Class attributes: constants and counters in the class body, read as C.X or self.X.
class Shape:
    SIDES = 0
    count = 0
    NAMES = ["none", "one", "two", "three", "four"]

    def __init__(self, size):
        self.size = size
        Shape.count += 1

    def describe(self):
        return f"{self.NAMES[self.SIDES]} sides, size {self.size}"


class Square:
    SIDES = 4
    UNIT = "cm"

    def __init__(self, side):
        self.side = side

    def area(self):
        return f"{self.side * self.side} {Square.UNIT}^2"


print(Shape.SIDES, Shape.count)
s = Shape(3)
t = Shape(5)
print(Shape.count, s.describe(), t.SIDES)
sq = Square(7)
print(sq.area(), Square.SIDES, sq.SIDES)
Square.UNIT = "m"
print(sq.area())
