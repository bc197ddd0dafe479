# An error deep in a call chain propagates to the top.
# exit: 1
# stderr: ZeroDivisionError: integer modulo by zero


def level3(n):
    return 100 % n


def level2(n):
    return level3(n - 1) + 1


def level1(n):
    print("level1", n)
    return level2(n) * 2


print(level1(3))
print(level1(1))
