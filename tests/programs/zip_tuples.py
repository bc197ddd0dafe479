# zip() over tuples (literal or in variables), alone or with lists, in for loops,
# list(), dict() and sum().
t = (1, 2, 3)
names = ("a", "b", "c")
print(list(zip(t, [4, 5, 6])), list(zip(t, t)))
for n, row in zip((1, 2, 3), [[0], [1, 1], [2, 2, 2]]):
    print(n, row)
print(dict(zip(names, t)), sum(a * b for a, b in zip(t, t)))
mixed = (1, "x", 2.5)
for i, m in zip(range(3), mixed):
    print(i, m)
for a, b, c in zip(t, names, [True, False]):
    print(a, b, c)
