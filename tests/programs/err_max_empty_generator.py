# exit: 1
# stderr: ValueError: max() arg is an empty sequence
xs = [1, 2]
print(max(x for x in xs if x > 5))
