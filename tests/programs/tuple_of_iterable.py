# tuple(iterable): tuples whose length is known only at run time (tuple[T, ...]).
# exit: 1
# stderr: ValueError: tuple.index(x): x not in tuple
xs = [3, 1, 2]
t = tuple(xs)
xs.append(9)
print(t, len(t), t[0], t[-1], t[1:], t[::-1])
print(tuple("héllo"), tuple(range(3)), tuple(), tuple([5]))
print(tuple(sorted(xs)), tuple(x * x for x in xs))
seen = {}
for w in ["stop", "pots", "tops", "opts", "abc", "cab"]:
    key = tuple(sorted(w))
    seen[key] = seen.get(key, 0) + 1
print(seen)
print({tuple([1, 2]), tuple([1, 2]), tuple([2, 1])})
a, b, c = tuple(xs[:3])
print(a, b, c)
print(t + tuple([7]), t * 2, 2 in t, 5 not in t, t.count(1), t.index(2))
print(tuple([1, 2]) == tuple([1, 2]), tuple([1, 2]) < tuple([1, 3]), tuple([1]) != tuple([1, 0]))
for i, v in enumerate(t):
    print(i, v)
print(sum(t), max(t), min(t), sorted(t, reverse=True), list(t))
words = tuple("a b c".split())
print(words, "-".join(words), f"{words}", str(tuple([1.5])), repr(tuple(["x"])))
if tuple([]):
    print("nonempty")
else:
    print("empty")
best = ()
for path in [[3, 1], [2, 2, 2], [5]]:
    if len(path) > len(best):
        best = tuple(path)
print(best, len(best))
t = tuple([1]) + (2,)
print(t, (0,) + t, tuple([1]) == (1,), (1, 2) == tuple([1, 2]), (1, 2) < tuple([1, 3]), tuple([1.5]) == (1.5,))
mixed = tuple([1, 2]) + tuple([2.5])
print(mixed, tuple(["a"]) == tuple([1]))
print(tuple([1, 2]) != (1, 2, 3), (1, 2) >= tuple([1]))
print(t.index(42))
