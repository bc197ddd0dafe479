# error: type-mismatch
# line: 4
xs = [1, 2]
xs.append([3])
