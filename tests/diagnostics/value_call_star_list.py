# error: unsupported-syntax
# line: 4
def apply(f, xs):
    return f(*xs)


def add(a, b):
    return a + b


print(apply(add, [1, 2]))
