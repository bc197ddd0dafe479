# Operator methods overridden in a subclass: the left operand's own class picks the method.
class Shape:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        return self.n < other.n
    def __add__(self, other):
        return self.n + other.n
    def __eq__(self, other):
        return self.n == other.n
class Square(Shape):
    def __lt__(self, other):
        return self.n * self.n < other.n * other.n
    def __add__(self, other):
        return 100 + self.n + other.n
shapes = [Shape(3), Square(-4), Shape(1)]
print([a < b for a in shapes for b in shapes])
print(shapes[0] + shapes[1], shapes[1] + shapes[0], shapes[1] == Square(-4))
print([s.n for s in sorted(shapes)])
