# Value objects with __eq__ and __hash__: equal instances find each other as dict keys
# and set elements; hash() of values and of instances.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


visits = {}
for p in [Point(0, 0), Point(1, 2), Point(0, 0), Point(1, 2), Point(0, 0)]:
    visits[p] = visits.get(p, 0) + 1
print(visits)  # {Point(0, 0): 3, Point(1, 2): 2}
seen = {Point(3, 4), Point(3, 4), Point(4, 3)}
print(len(seen), Point(4, 3) in seen, Point(5, 5) in seen)  # 2 True False
print(hash(Point(1, 2)) == hash(Point(1, 2)), hash(Point(1, 2)) == hash((1, 2)))


class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __eq__(self, other):
        return self.major == other.major and self.minor == other.minor

    def __hash__(self):
        return self.major * 100 + self.minor


releases = {Version(1, 0): "first", Version(2, 1): "second"}
print(releases[Version(2, 1)], Version(1, 0) in releases)
print(sorted(hash(v) for v in releases))  # [100, 201]
print(hash(42), hash(-1), hash(True), hash(2.5), hash((1, 2)) == hash((1, 2)))
