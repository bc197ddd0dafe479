# error: unsupported-syntax
# line: 4
xs = [1, 2]
t = tuple(xs)
