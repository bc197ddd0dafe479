# exit: 1
# stderr: NameError: name 'counter' is not defined
def f():
    global counter
    counter += 1
f()
