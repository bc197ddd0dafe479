names = ["ann", "bob", "cy"]
for i, n in enumerate(names, 1):
    print(i, n)
print(list(enumerate("ab")), list(enumerate(names, start=10)))
scores = [90, 85, 77]
for n, s, rank in zip(names, scores, range(1, 4)):
    print(rank, n, s)
print(dict(zip(names, scores)), list(zip(names, "xy")))
pairs = list(zip(names, scores))
best = max(pairs, key=lambda p: p[1])
print(best, sorted(pairs, key=lambda p: p[1]))
