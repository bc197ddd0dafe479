# error: type-mismatch
# line: 4
n = 5
print(n(2))
