# Float floor division and modulo by zero.
# exit: 1
# stderr: ZeroDivisionError: float floor division by zero
x = 5.5
print(x // 2)
print(x // 0.0)
