# error: type-mismatch
# line: 4
# col: 7
print("a" + 1)
