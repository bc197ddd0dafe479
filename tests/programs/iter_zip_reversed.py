names = ["ann", "bob", "cy"]
ages = [31, 25]
for n, a in zip(names, ages):
    print(n, a)
for i, (n, c) in enumerate(zip(names, "xyz")):
    print(i, n, c)
print(list(zip(range(3), names, "ab")), dict(zip(names, range(10))))
for x in reversed(names):
    print(x)
print([x for x in reversed(range(10))], list(reversed(range(1, 10, 4))), list(reversed(range(5, 0))))
print("".join(reversed("héllo")), [w for w in reversed([])], sum(x for x in reversed([1, 2])))
pairs = {"a": 1, "b": 2}
for k, v in zip(pairs, pairs.values()):
    print(k, v)
