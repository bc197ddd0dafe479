# Generators feeding generators: filters, maps, yield from, zip/enumerate over them,
# min/max/any/all and str.join of generators, closures inside generator functions.
def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x


def squares(n):
    for i in range(n):
        yield i * i


def chain(a, b):
    yield from a
    yield from b


def pairs(d):
    for k, v in d.items():
        yield k, v


print(list(evens(squares(10))))  # [0, 4, 16, 36, 64]
print(list(chain([1, 2], range(3, 5))))  # [1, 2, 3, 4]
print(list(chain(squares(3), evens([5, 6, 8]))))  # [0, 1, 4, 6, 8]
for k, v in pairs({"a": 1, "b": 2}):
    print(k, v)
print(max(squares(5)), min(squares(5)), any(x > 10 for x in squares(5)), all(squares(3)))
print(", ".join(str(x) for x in squares(4)))  # 0, 1, 4, 9
for i, s in enumerate(squares(3), 1):
    print(i, s)
for a, b in zip(squares(3), evens(range(100))):
    print(a, b)
print(set(evens([4, 4, 2])) == {2, 4}, tuple(squares(3)))  # True (0, 1, 4)
print(sorted(x for x in chain("ba", "dc")))  # ['a', 'b', 'c', 'd']


def scaled(xs, factor):
    def scale(v):
        return v * factor

    for x in xs:
        yield scale(x)


def outer(n):
    base = n * 10

    def inner(k):
        for i in range(k):
            yield base + i

    return inner(3)


print(list(scaled([1, 2, 3], 3)))  # [3, 6, 9]
print(list(outer(2)))  # [20, 21, 22]


def window(xs, size):
    for i in range(len(xs) - size + 1):
        yield xs[i:i + size]


print([sum(w) for w in window([1, 2, 3, 4, 5], 3)])  # [6, 9, 12]


def running_mean(xs):
    total = 0.0
    n = 0
    for x in xs:
        total += x
        n += 1
        yield total / n


print([round(m, 2) for m in running_mean([1, 2, 4, 8])])  # [1.0, 1.5, 2.33, 3.75]
