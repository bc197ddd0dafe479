# Raising 0.0 to a negative power.
# exit: 1
# stderr: ZeroDivisionError: 0.0 cannot be raised to a negative power
x = 0.0
print(x ** 2)
print(x ** -1)
