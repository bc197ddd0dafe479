# error: unsupported-syntax
# line: 3
numbers = [3, 1, 4, 1, 5]
print(len(numbers))
