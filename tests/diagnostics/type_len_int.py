# error: type-mismatch
# line: 4
count = 12345
print(len(count))
