# exit: 1
# stderr: ZeroDivisionError: float divmod()
x = 5.0
print(divmod(x, 0.0))
