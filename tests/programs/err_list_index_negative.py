# exit: 1
# stderr: IndexError: list index out of range
xs = [1]
print(xs[-2])
