# error: type-mismatch
# line: 5
def mixed():
    yield 1
    yield [2]


print(list(mixed()))
