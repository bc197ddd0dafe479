# error: unsupported-syntax
# line: 4
x = [1, [2]]
y = x[0] + 1
