# error: syntax-error
# line: 4
def f(x):
    global x
    return x
