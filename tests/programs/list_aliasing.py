a = [1, 2, 3]
b = a
b.append(4)
c = a[:]
c.append(5)
print(a, b, c, a is b, a is c, a == b)


def grow(xs):
    xs.append(len(xs))


grow(a)
print(a, b)
rows = [[0] * 2] * 2
rows[0][0] = 9
print(rows)
good = [[0] * 2 for _ in range(2)]
good[0][0] = 9
print(good)
