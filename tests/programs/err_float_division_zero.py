# Float division by zero.
# exit: 1
# stderr: ZeroDivisionError: float division by zero


def average(total, count):
    return total / count


print(average(10.0, 4))
print(average(0.0, 0))
