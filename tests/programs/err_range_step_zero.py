# exit: 1
# stderr: ValueError: range() arg 3 must not be zero
step = 0
r = range(1, 5, step)
