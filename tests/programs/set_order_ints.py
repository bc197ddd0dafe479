# CPython's set order for ints is deterministic (hash(n) == n): pyexe matches it.
print({10, 3, 7, 100, 42, 8, 1024, -5, 0})
s = set()
for n in [64, 1, 33, 128, 2, 97, 16]:
    s.add(n)
print(s)
s.discard(1)
s.add(65)
print(s, list(s), [x for x in s if x > 30])
print(set(range(20, 0, -3)), {n * 7 % 23 for n in range(30)})
print({1, 2, 3} | {100, 4}, {5, 9, 13, 17} & {17, 13, 21}, {40, 8, 16} ^ {8, 1})
