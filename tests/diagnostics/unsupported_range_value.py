# error: unsupported-syntax
# line: 3
r = range(5)
print(r)
