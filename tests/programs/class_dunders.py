# Operator methods: __add__/__sub__/__mul__, __eq__/__lt__ (also for sorted, min, max,
# in, index, count and list ==), __len__.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __len__(self):
        return 2

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


a = Vec(1, 2)
b = Vec(3, 4)
print(a + b, b - a, a * 3, (a + b) * 2)
print(a == Vec(1, 2), a != b, a == b, a < b, b > a, len(a))
total = Vec(0, 0)
for v in [a, b, Vec(5, 6)]:
    total = total + v
print(total)
vs = [Vec(3, 1), Vec(1, 5), Vec(2, 2), Vec(1, 1)]
print(sorted(vs), max(vs), min(vs), Vec(2, 2) in vs, vs.index(Vec(1, 5)), vs.count(Vec(9, 9)))
vs.sort(reverse=True)
print(vs, [Vec(1, 1)] == [Vec(1, 1)])
