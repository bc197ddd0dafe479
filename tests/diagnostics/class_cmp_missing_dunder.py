# error: type-mismatch
# line: 11
class V:
    def __init__(self, x):
        self.x = x

    def __lt__(self, other):
        return self.x < other.x


print(V(1) <= V(2))
