# error: type-mismatch
# line: 4
xs = [1, 2, 3]
print(xs["1"])
