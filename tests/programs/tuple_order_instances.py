# Tuples holding instances order by the instances' __lt__ (compared only when the members
# before them are equal), with CPython's TypeError when the class has none.
class V:
    def __init__(self, x):
        self.x = x

    def __lt__(self, other):
        return self.x < other.x

    def __repr__(self):
        return f"V({self.x})"


class P:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return f"P({self.x})"


scored = [(2, V(5)), (1, V(9)), (2, V(1))]
print(sorted(scored), max(scored), min(scored))
print((1, V(2)) < (1, V(3)), (1, V(2)) > (1, V(3)), (0, V(9)) <= (1, V(0)))
print(sorted([(3, P(1)), (1, P(2))]))
try:
    print(sorted([(1, P(1)), (1, P(2))]))
except TypeError as e:
    print("TypeError:", e)
