# exit: 1
# stderr: ValueError: 5 is not in list
xs = [1, 2]
print(xs.index(5))
