# Modulo by zero.
# exit: 1
# stderr: ZeroDivisionError: integer modulo by zero
n = 17
for d in range(3, -1, -1):
    print(n, "%", d, "=", n % d)
