# error: call-error
# line: 7
def add(a, b):
    return a + b


print(add(1, 2, 3))
