r = range(10)
print(r, range(2, 8), range(10, 0, -3), len(r), len(range(5, 0)), len(range(0, 10, 3)))
print(r[0], r[-1], range(10, 0, -3)[2], 5 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 3 in range(0, 10, 2))
print(7 in range(10, 0, -3), 4 in range(10, 0, -3), 2.0 in r, list(r), list(range(3, -3, -2)))
total = 0
for i in r:
    total += i
print(total, sum(r), max(r), min(range(5, 9)), sorted(range(3), reverse=True))
evens = range(0, 20, 2)
print([x * x for x in evens if x > 10], list(reversed(evens)), bool(range(0)), bool(r))
print(range(3) == range(0, 3), range(0) == range(5, 2), range(1, 2, 5) == range(1, 3, 7), r != range(9))
print(f"{range(1, 4)!r} {str(range(2, 9, 3))}")


def span(n):
    return range(n, 2 * n)


print(span(3), list(span(3)), len(span(4)))
big = range(-9223372036854775807, 9223372036854775807, 4611686018427387904)
print(len(big), big[1], 0 in big)
