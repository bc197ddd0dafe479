# exit: 1
# stderr: IndexError: pop from empty list
xs = []
xs.append(1)
xs.pop()
xs.pop()
