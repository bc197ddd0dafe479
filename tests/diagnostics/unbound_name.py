# error: unbound-name
# line: 4
# col: 7
print(x)
