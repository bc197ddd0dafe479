# Tuples: concatenation, repetition by a constant, membership of mixed items, %-formatting.
a = (1, "x")
b = a + (2.5, None)
print(b, a * 2, a * 0, () + (), (True,) * 3, len(a + a))
print(1 in (1, ("a", 2)), ("a", 2) in (1, ("a", 2)), 3 in (1, (3,)))
print("%r and %s" % ((1, "a"), (2,)), "%s" % (a,))
try_it = "ok"
print(try_it)
