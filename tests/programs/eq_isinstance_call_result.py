# __eq__ testing isinstance(other, ...) compared with the result of a call (a case that
# crashed the compiler).
class M:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        if not isinstance(other, M):
            return NotImplemented
        return self.n == other.n

    def twice(self):
        return M(self.n * 2)


def make(n):
    return M(n)


m = M(2)
print(make(1) == M(1), m == make(2), make(3) == m, m.twice() == M(4), m.twice() != m)
print(m == 2, make(5) == "five", [make(1)] == [M(1)])
