# __slots__ in a class body is accepted (the layout is fixed anyway).
class Vec2:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, other):
        return self.x * other.x + self.y * other.y


a = Vec2(1, 2)
b = Vec2(3, 4)
print(a.dot(b), Vec2.__slots__)  # 11 ('x', 'y')
a.x = 10
print(a.dot(b))  # 38
