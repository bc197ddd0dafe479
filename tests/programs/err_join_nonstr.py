# exit: 1
# stderr: TypeError: sequence item 1: expected str instance, int found
xs = ["a", 1]
print("-".join(xs))
