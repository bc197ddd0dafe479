# *args and keyword-only parameters of __init__: the extra positional arguments in a tuple.
class Bag:
    def __init__(self, *items):
        self.items = items
    def __repr__(self):
        return f"Bag{self.items}"
class Tagged:
    def __init__(self, name, *tags, sep=", "):
        self.name = name
        self.tags = tags
        self.sep = sep
    def show(self):
        return self.name + ": " + self.sep.join(self.tags)
class Opt:
    def __init__(self, a, *, b, c=3):
        print(a, b, c)
b = Bag(1, 2, 3)
print(b.items, b, len(Bag().items))
print(Tagged("x", "a", "b").show(), Tagged("y").show(), Tagged("z", "q", "r", sep="|").show())
Opt(1, b=2)
Opt(c=5, b=4, a=0)
