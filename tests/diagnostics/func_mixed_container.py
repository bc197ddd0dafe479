# error: unsupported-syntax
# line: 7
def f(x):
    return x


items = [f, 1]
