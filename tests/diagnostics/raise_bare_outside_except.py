# error: unsupported-syntax
# line: 4
print("x")
raise
