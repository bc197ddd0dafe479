# error: unsupported-syntax
# line: 4
def adder(n):
    return lambda x: x + n


print(adder(1)(2))
