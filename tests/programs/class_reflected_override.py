# Reflected operator methods overridden in a subclass: the right operand's class decides.
class V:
    def __init__(self, x):
        self.x = x

    def __radd__(self, o):
        return self.x + o


class W(V):
    def __radd__(self, o):
        return self.x - o


for v in [V(2), W(2)]:
    print(1 + v)
