# Generators iterated partially then abandoned, and iterated twice (second pass empty)
def numbered(lines):
    n = 0
    for line in lines:
        n += 1
        yield f"{n:03d} {line}"


def squares_upto(n):
    for i in range(n):
        yield i * i


lines = ["import os", "x = 1", "print(x)", "", "done()"]
g = numbered(lines)
print("first pass:")
for s in g:
    print(" ", s)
print("second pass:")
for s in g:
    print(" ", s)
print("second pass printed nothing:", list(g) == [])

sq = squares_upto(10)
head = []
for v in sq:
    head.append(v)
    if v >= 9:
        break
print("head:", head)
print("resume after break:", next(sq))
print("rest:", list(sq))
print("empty now:", list(sq), sum(sq))

abandoned = squares_upto(1000000)
print("peek:", next(abandoned), next(abandoned), next(abandoned))
abandoned = squares_upto(3)
print("replaced:", list(abandoned))

fresh_total = 0
for attempt in range(3):
    gen = squares_upto(attempt + 2)
    fresh_total += sum(gen)
    print(f"attempt {attempt}: total so far {fresh_total}, leftover {list(gen)}")

e = (c for c in "abc")
print("genexpr first:", list(e), "second:", list(e))

shared = squares_upto(6)
a = [x for x, _ in zip(shared, range(2))]
b = list(shared)
print("split shared:", a, b)
