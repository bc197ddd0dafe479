# Instances without __eq__ are dict keys and set elements by identity.
class P:
    def __init__(self, x):
        self.x = x


a, b = P(1), P(1)
d = {a: "first", b: "second"}
print(len(d), d[a], d[b], a in d, P(1) in d, len({a, a, b}))
