xs = [3, 1, 4, 1, 5, 9, 2, 6]
print(sum(x for x in xs if x > 2), max(x * x for x in xs), min((x for x in xs), default=0))
print(any(x > 8 for x in xs), all(x > 0 for x in xs), sorted((x % 3 for x in xs), reverse=True))
print(list(x for x in "abc"), set(x % 2 for x in xs), dict((x, x * x) for x in range(3)))
print("-".join(str(x) for x in xs), "".join(c for c in "hello" if c != "l"))
for sq in (x * x for x in range(4)):
    print(sq)
