# Tuples compare lexicographically; min/max of tuples.
a = (1, "b", 2.5)
b = (1, "c", 0.0)
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print((1, 2) < (1, 2, 3), (1, 2, 3) > (1, 2), (1, 2) <= (1, 2), (2,) > (1, 9, 9), () < (0,))
print(min((3, "x"), (2, "z"), (2, "y")), max((0.5, 1), (0.5, 2)))
best = (0, "")
for word in ("pear", "fig", "banana", "kiwi"):
    cand = (len(word), word)
    if cand > best:
        best = cand
print(best)
print((1, (2, 3)) < (1, (2, 4)), (float("nan"), 1) < (float("nan"), 2))
