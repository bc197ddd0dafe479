# exit: 1
# stderr: IndexError: pop index out of range
xs = [1, 2, 3]
xs.pop(7)
