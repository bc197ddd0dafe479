# Instances inside tuples, `in` over tuples, and min/max of instances compare by their
# classes' __eq__ and __lt__ (a subclass's own, with the reflected fallback).
class K:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __lt__(self, other):
        return self.v < other.v


class Plain:
    def __init__(self, v):
        self.v = v


class Ordered(Plain):
    def __lt__(self, other):
        return self.v < other.v


print((K(1), 2) == (K(1), 2), (K(1), 2) != (K(1), 2), (K(1), "a") == (K(2), "a"))
print(min(K(3), K(2)).v, max(K(3), K(5)).v, min(K(4), K(4), K(1)).v)
print(K(1) in (K(2), K(1)), K(7) in (K(2), K(1)), [(K(1), 1)] == [(K(1), 1)])
a = Ordered(3)
print(min(a, Ordered(1)).v, max(Ordered(1), a).v)
p = Plain(1)
print((p, 1) == (p, 1), (p, 1) == (Plain(1), 1))
