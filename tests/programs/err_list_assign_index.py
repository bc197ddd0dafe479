# exit: 1
# stderr: IndexError: list assignment index out of range
xs = [1, 2]
xs[0] = 5
xs[2] = 3
