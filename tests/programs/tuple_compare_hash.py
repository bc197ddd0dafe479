print((1, 2) < (1, 3), (1, 2) == (1, 2), (2,) > (1, 9), (1, "b") >= (1, "a"), (1, 2) != (1, 2))
seen = {(0, 0), (1, 2), (0, 0)}
print(len(seen), (1, 2) in seen, (2, 1) in seen)
pairs = [(3, "c"), (1, "a"), (2, "b"), (1, "z")]
print(sorted(pairs), min(pairs), max(pairs))
d = {("x", 1): 10, ("y", 2): 20}
print(d[("y", 2)], ("x", 1) in d)
