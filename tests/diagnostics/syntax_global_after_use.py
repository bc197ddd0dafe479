# error: syntax-error
# line: 6
x = 0
def f():
    print(x)
    global x
    x = 1
