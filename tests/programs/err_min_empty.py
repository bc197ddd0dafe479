# exit: 1
# stderr: ValueError: min() arg is an empty sequence
xs = [1]
xs.pop()
print(min(xs))
