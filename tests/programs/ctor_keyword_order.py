# Arguments of a constructor call run in the order written, whatever parameters
# the keywords bind, as in CPython.
def g(s):
    print("eval", s)
    return s


class A:
    def __init__(self, a, b, c=3, **rest):
        print("init", a, b, c, rest)


A(b=g("b"), a=g("a"))
A(g(1), c=g("c"), b=g("b"))
A(g(1), z=g("z"), b=g("b"), y=g("y"))
A(a=g("a"), b=g("b"), c=g("c"))  # in order: no temporaries needed


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(y=[g("y")], x=[g("x")])
print(p.x, p.y)
