# exit: 1
# stderr: ValueError: not enough values to unpack (expected 3, got 2)
# Unpacking any iterable: instances of iterable classes (__iter__ as a generator or
# returning an object with __next__), generators, dicts, views, sets; the count checked.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __iter__(self):
        yield self.x
        yield self.y
class Q:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration
        return self.i * 10
a, b = P(3, 4)
print(a, b)
for k, v in [P("m", 2)]:
    print(k, v)
c, d = Q()
print(c, d)
def gen():
    yield 1
    yield 2
e, f = gen()
print(e, f)
g, h = {"x": 1, "y": 2}
print(g, h)
(i, j), = {"k": 5}.items()
print(i, j)
s1, s2 = {7}, {8}
print(s1, s2)
try:
    a, b, c = Q()
except ValueError as err:
    print(err)
try:
    a, = P(1, 2)
except ValueError as err:
    print(err)
first, *rest = P(5, 6)
print(first, rest)
x, y, z = P(1, 2)

