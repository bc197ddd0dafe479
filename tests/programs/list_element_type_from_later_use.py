# An empty list's element type comes from later use anywhere in the program.
rows = []


def add(name, score):
    rows.append((name, score))


add("ann", 90)
add("bob", 72)
print(rows)
for name, score in rows:
    print(f"{name:>5}: {score}")
mixed = []
mixed.append(1)
mixed.append(2.5)
mixed.append("three")
print(mixed)
