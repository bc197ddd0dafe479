# Pipelines of generators feeding each other: naturals -> squares -> evens -> limit
def naturals(start):
    n = start
    while True:
        yield n
        n += 1


def squares(src):
    for x in src:
        yield x * x


def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x


def limit(src, n):
    if n <= 0:
        return
    count = 0
    for x in src:
        yield x
        count += 1
        if count >= n:
            return


def scale(src, factor):
    for x in src:
        yield x * factor


print("first 8 even squares:", list(limit(evens(squares(naturals(1))), 8)))
print("squares from 5:", list(limit(squares(naturals(5)), 5)))
print("limit 0:", list(limit(naturals(0), 0)))

pipe = limit(scale(evens(naturals(1)), 3), 6)
print("scaled evens:", list(pipe))
print("pipe again (exhausted):", list(pipe))

total = sum(limit(squares(naturals(1)), 10))
print("sum of first 10 squares:", total)

stages = limit(evens(squares(naturals(1))), 4)
step = 0
for v in stages:
    step += 1
    print(f"step {step}: {v}")

words = ["alpha", "beta", "gamma", "delta", "epsilon"]
lengths = (len(w) for w in words)
long_ones = (n for n in lengths if n > 4)
print("long word lengths:", list(long_ones))

g = squares(range(1, 4))
print("squares of range:", ", ".join(str(x) for x in g))
