# `is` compares identity: distinct but equal lists, dicts and instances (even with
# __eq__) are not the same object; aliases are.
class P:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return self.x == other.x


a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b)  # True False True True
d1 = {"k": 1}
d2 = dict(d1)
print(d1 == d2, d1 is d2, d1 is d1)  # True False True
p, q = P(1), P(1)
r = p
print(p == q, p is q, p is r, p is not q)  # True False True True
items = [p, q]
print([i for i, o in enumerate(items) if o is q])  # [1]
s1 = {1, 2}
print(s1 is {1, 2}, s1 is s1)  # False True
