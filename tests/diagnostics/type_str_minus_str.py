# error: type-mismatch
# line: 4
# col: 10
result = "abc" - "b"
print(result)
