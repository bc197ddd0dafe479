# *args parameters: extra positional arguments as a tuple; defaults of static and
# class methods.
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s


def log(level, *parts, sep=" "):
    print(f"[{level}]", sep.join(parts), len(parts))


def first_or(default, *items):
    if items:
        return items[0]
    return default


print(total(), total(1), total(1, 2, 3), total(1.5, 2))
log("info", "a", "b")
log("warn")
log("err", "x", "y", "z", sep="-")
print(first_or(9), first_or(9, 4, 5))


class P:
    def __init__(self, x=1):
        self.x = x

    @staticmethod
    def twice(v, k=2):
        return v * k

    @classmethod
    def make(cls, x=5, *rest):
        return cls(x + len(rest))


print(P.twice(3), P.twice(3, 3), P.make().x, P.make(1, 2, 3).x)
