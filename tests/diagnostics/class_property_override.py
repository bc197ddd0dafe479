# error: unsupported-syntax
# line: 18
class Shape:
    @property
    def sides(self):
        return 0


class Square(Shape):
    @property
    def sides(self):
        return 4


shapes = [Shape(), Square()]
total = 0
for s in shapes:
    total += s.sides
print(total)
