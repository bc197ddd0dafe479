# error: type-mismatch
# line: 5
rows = []
rows.append([1, 2])
rows.append("three")
print(rows)
