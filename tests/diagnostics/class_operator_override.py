# error: unsupported-syntax
# line: 17
class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        return V(self.x + o.x)


class W(V):
    def __add__(self, o):
        return W(self.x - o.x)


def total(a, b):
    return a + b


print(total(V(1), W(2)).x)
