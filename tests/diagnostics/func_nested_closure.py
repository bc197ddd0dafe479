# error: unsupported-syntax
# line: 4
def outer(n):
    def inner(x):
        return x + n

    return inner(1)


print(outer(2))
