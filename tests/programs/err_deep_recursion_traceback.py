# exit: 1
# stderr: ZeroDivisionError: integer division or modulo by zero
# An error deep in a recursion: the traceback collapses the repeated frames as CPython does.
def countdown(n, divisor):
    if n == 0:
        return 100 // divisor
    return countdown(n - 1, divisor)


print(countdown(3, 5))
print(countdown(20, 0))
