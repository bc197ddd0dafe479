point = 3, 4
x, y = point
print(point, x, y, len(point), point[0], point[-1])
a, (b, c) = 1, (2, 3)
print(a, b, c)
a, b = b, a
print(a, b)
nested = ((1, 2), (3, 4))
for (p, q) in nested:
    print(p + q)
print((), (1,), (1, "a", 2.5, None, True), ((),))
