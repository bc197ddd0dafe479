# error: unsupported-syntax
# line: 3
squares = [i * i for i in range(10)]
print(squares)
