# exit: 1
# stderr: UnboundLocalError: cannot access local variable 'x' where it is not associated with a value
x = 10
def f():
    x += 1
f()
