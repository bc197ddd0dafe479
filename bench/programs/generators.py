# Generator pipelines: an infinite counter filtered and mapped by generator functions,
# consumed by sum(), next() and a for loop with an early break; generator expressions.
def naturals():
    n = 0
    while True:
        yield n
        n += 1


def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x


def squares(xs):
    for x in xs:
        yield x * x % 1000003


def take(xs, n):
    i = 0
    for x in xs:
        if i >= n:
            return
        yield x
        i += 1


def main():
    total = sum(take(squares(evens(naturals())), 2000000))
    print(total)
    g = squares(naturals())
    acc = 0
    for _ in range(500000):
        acc = (acc + next(g)) % 1000000007
    print(acc)
    hits = 0
    for v in (x * 3 for x in naturals() if x % 7 == 3):
        if v > 3000000:
            break
        hits += 1
    print(hits)


main()
