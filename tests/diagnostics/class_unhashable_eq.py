# error: type-mismatch
# line: 11
class P:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return self.x == other.x


seen = {P(1)}
