# True division of ints by zero.
# exit: 1
# stderr: ZeroDivisionError: division by zero
a = 7
b = 0
print("about to divide")
print(a / b)
