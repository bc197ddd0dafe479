# error: unsupported-syntax
# line: 6
# col: 26
def check(x):
    kind = int
    return isinstance(x, kind)


print(check(3))
