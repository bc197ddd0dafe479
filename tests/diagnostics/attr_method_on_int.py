# error: unknown-attribute
# line: 4
n = 42
print(n.upper())
