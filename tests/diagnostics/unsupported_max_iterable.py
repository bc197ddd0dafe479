# error: unsupported-syntax
# line: 3
print(max("abc"))
