# A global created only by a function's global statement.
def f():
    global g
    g = 5
def h():
    return g * 2
f()
print(h())
