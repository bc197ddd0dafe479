# A class attribute read through a subclass (or a subclass of a subclass) is the base's,
# unless the subclass overrides it.
class Shape:
    sides = 0
    kind = "shape"


class Square(Shape):
    sides = 4


class Cube(Square):
    kind = "solid"


print(Shape.sides, Square.sides, Cube.sides, Square.kind, Cube.kind)
print([c.sides for c in [Cube(), Square(), Shape()]])
