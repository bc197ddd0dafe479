xs = list(range(10))
print(xs[2:5], xs[:3], xs[7:], xs[::2], xs[::-1], xs[-3:], xs[8:2:-2], xs[100:])
xs[1:3] = [10, 20, 30]
print(xs)
xs[::2] = [0] * 6
print(xs)
del xs[0]
del xs[-1]
print(xs)
del xs[::3]
print(xs)
del xs[1:3]
print(xs)
xs[:] = []
print(xs)
