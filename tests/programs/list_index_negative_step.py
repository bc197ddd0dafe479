xs = list(range(10))
print(xs[-1], xs[-10], xs[9:2:-3], xs[-3:-1], xs[:-7], xs[5:-5], xs[::-3])
xs[-1] = 99
xs[2:8:2] = ["a", "b", "c"] if False else [20, 40, 60]
print(xs)
del xs[::-4]
print(xs)
