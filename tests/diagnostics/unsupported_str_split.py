# error: unsupported-syntax
# line: 4
line = "a b c"
print(line.split())
