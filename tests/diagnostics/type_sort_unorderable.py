# error: type-mismatch
# line: 4
pairs = [[1], [2]]
print(sorted(pairs, key=lambda p: None))
