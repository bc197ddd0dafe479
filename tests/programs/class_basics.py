# Classes: __init__ with defaults, attributes, methods calling methods, instances in
# lists and dicts, __repr__/__str__ for print, str(), repr() and f-strings.
class Point:
    """A point in the plane."""

    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    def shift(self, d):
        self.x += d
        self.y += d

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Counter:
    def __init__(self):
        self.counts = {}
        self.total = 0

    def add(self, word):
        self.counts[word] = self.counts.get(word, 0) + 1
        self.total += 1

    def top(self, n):
        return sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]

    def __str__(self):
        return f"Counter({self.total} words)"


p = Point(3, 4)
print(p.x, p.y, p.norm2(), p)
q = p.moved(1, -1)
q.shift(10)
print(q, repr(q), str(q), f"{q}")
print([p, q, Point(0)])
c = Counter()
for w in "the cat and the hat and the end".split():
    c.add(w)
print(c, c.total, c.top(2))
pts = [Point(i, i * i) for i in range(4)]
print(sorted([pt.norm2() for pt in pts]), pts[2].y)
print(p == p, p == q, p is p, p is not q)
best = pts[0]
for pt in pts:
    if pt.norm2() > best.norm2():
        best = pt
print(best)
d = {"origin": Point(0, 0)}
print(d)
