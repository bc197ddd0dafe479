# error: unsupported-syntax
# line: 4
# col: 10
double = lambda x: x * 2
print(double(4))
