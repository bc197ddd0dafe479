# A dunder of the program that raises inside a container operation (==, in, index,
# sorting, hashing, printing) stops it, and the exception reaches the caller; print
# writes nothing of a line whose conversion raised.
class K:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        if other.v == 0 or self.v == 0:
            raise ValueError("eq zero")
        return self.v == other.v

    def __lt__(self, other):
        if other.v == 0 or self.v == 0:
            raise ValueError("lt zero")
        return self.v < other.v

    def __hash__(self):
        if self.v == 0:
            raise ValueError("hash zero")
        return self.v

    def __repr__(self):
        if self.v == 0:
            raise ValueError("repr zero")
        return f"K({self.v})"


def attempt(name, f):
    try:
        print(name, f())
    except ValueError as e:
        print(name, "ValueError:", e)


zs = [K(1), K(0)]
attempt("in", lambda: K(5) in zs)
attempt("eq", lambda: [K(1), K(2)] == [K(1), K(0)])
attempt("count", lambda: zs.count(K(3)))
attempt("index", lambda: zs.index(K(3)))
attempt("remove", lambda: [K(1), K(0)].remove(K(3)))
attempt("sorted", lambda: sorted([K(2), K(0), K(1)]))
attempt("sort", lambda: [K(2), K(0), K(1)].sort())
attempt("max", lambda: max([K(2), K(0), K(1)]))
attempt("min", lambda: min(K(2), K(0)))
attempt("set", lambda: len({K(1), K(0)}))
attempt("dict", lambda: len({K(0): 1}))
attempt("setin", lambda: K(0) in {K(1)})
attempt("dictget", lambda: {K(1): 2}.get(K(0)))
attempt("repr", lambda: repr(K(0)))
attempt("str", lambda: str([K(1), K(0)]))
attempt("fmt", lambda: f"{[K(0)]}")
attempt("dictrepr", lambda: str({1: K(0)}))
attempt("tuple", lambda: (K(1), 2) == (K(0), 2))
attempt("dicteq", lambda: {1: K(1)} == {1: K(0)})
try:
    print([K(0)])
except ValueError as e:
    print("print ValueError:", e)
try:
    if K(5) in zs:
        print("not reached")
    print("not reached either")
except ValueError as e:
    print("statement:", e)
try:
    print("partial", K(1), K(0))
except ValueError as e:
    print("print wrote nothing:", e)
print("end")
