# return NotImplemented from __eq__/__ne__ (CPython then compares identity), and
# isinstance tests the types decide: the branches that cannot run are not compiled.
class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __eq__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        return self.rows == other.rows


class Version:
    def __init__(self, text):
        self.parts = [int(p) for p in text.split(".")]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Version):
            return self.parts == other.parts
        return NotImplemented


a, b = Matrix([[1]]), Matrix([[1]])
print(a == b, a != b, a == Matrix([[2]]), a == 5, a != "x", a == None)
v = Version("1.2")
print(v == Version("1.2"), v == Version("1.3"), v != Version("1.3"), v == "1.2", v != 3)
print(a in [Matrix([[1]])], v in [Version("0.1"), Version("1.2")])


class F:
    def __init__(self, n):
        self.n = n

    def __eq__(self, o):
        return isinstance(o, F) and self.n == o.n


print(F(1) == F(1), F(1) == 0.5, F(2) != "2", F(1) == F(2))


def describe(x):
    if isinstance(x, F):
        return "F" + str(x.n)
    return "other"


print(describe(F(4)), describe(7), describe("s"))
