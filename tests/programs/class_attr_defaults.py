# A class attribute is the default of the instance attribute of the same name: an
# instance reads the class's value until it sets its own (counters, limits, flags).


class Base:
    n = 0
    name = "base"
    limit = 10

    def __init__(self, big=False):
        if big:
            self.limit = 100

    def bump(self):
        self.n += 1
        return self.n

    def rename(self, s):
        self.name = s


class Sub(Base):
    n = 5
    name = "sub"


a, b, s = Base(), Base(True), Sub()
print(a.n, a.name, a.limit, b.limit, s.n, s.name, s.limit)
print(a.bump(), a.bump(), b.bump(), s.bump(), Base.n, Sub.n)
a.rename("alpha")
print(a.name, b.name, s.name, len(b.name), Base.name)


class Buffer:
    cap = 2
    items: list = []

    def grow(self):
        self.cap = self.cap * 2
        return self.cap


x = Buffer()
print(x.grow(), x.grow(), Buffer().cap, Buffer.cap)
