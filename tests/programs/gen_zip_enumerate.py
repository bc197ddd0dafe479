# zip() and enumerate() over generators, with tuple unpacking in for loops
def names():
    yield "ann"
    yield "ben"
    yield "cat"
    yield "dan"


def scores():
    for s in [88, 92, 75]:
        yield s


def counter(start, step):
    while True:
        yield start
        start += step


for i, name in enumerate(names()):
    print(i, name)

for i, name in enumerate(names(), 1):
    print(f"#{i}: {name.title()}")

for name, score in zip(names(), scores()):
    print(f"{name} scored {score}")

for n, ident in zip(names(), counter(100, 10)):
    print(f"{n} -> id {ident}")

table = list(zip(counter(1, 1), names(), scores()))
print("table:", table)

d = dict(zip(names(), scores()))
print("dict:", d)

best_name = ""
best = -1
for name, score in zip(names(), scores()):
    if score > best:
        best = score
        best_name = name
print("best:", best_name, best)

for idx, (name, score) in enumerate(zip(names(), scores())):
    print(f"row {idx}: {name}={score}")

diffs = [b - a for a, b in zip(scores(), counter(80, 5))]
print("diffs:", diffs)
labels = ", ".join(f"{i}:{c}" for i, c in enumerate("xyz"))
print("labels:", labels)
