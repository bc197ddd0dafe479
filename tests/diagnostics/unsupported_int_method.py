# error: unsupported-syntax
# line: 4
n = 5
print(n.bit_length())
