# error: unsupported-syntax
# line: 4
x = [1, [2]]
x[1].append(3)
