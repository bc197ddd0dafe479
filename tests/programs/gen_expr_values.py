# Generator expressions as values: stored, passed to functions, advanced with next(),
# consumed twice (the second time empty), over closures' variables.
xs = [3, 1, 2]
g = (x * x for x in xs)
print(next(g))  # 9
print(list(g))  # [1, 4]
print(list(g))  # []


def total(it):
    s = 0
    for v in it:
        s += v
    return s


print(total(x + 1 for x in range(4)))  # 10


def scaled(n):
    return (i * n for i in range(4) if i != 1)


print(list(scaled(5)))  # [0, 10, 15]
words = ["a", "bb", "ccc"]
lens = (len(w) for w in words)
print(sorted(lens, reverse=True))  # [3, 2, 1]
grid = ((i, j) for i in range(2) for j in range(2))
for a, b in grid:
    print(a, b)
print(next((w for w in words if len(w) > 5), "none"))  # none
print(next(w for w in words if len(w) > 1))  # bb
shown = repr(w for w in words)
print(shown.startswith("<generator object <genexpr> at 0x"))  # True


def first_upper(ws):
    return next((w.upper() for w in ws if w.startswith("b")), "?")


print(first_upper(words), first_upper(["x"]))  # BB ?
