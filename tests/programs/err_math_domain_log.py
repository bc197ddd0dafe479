# math.log of zero.
# exit: 1
# stderr: ValueError: math domain error
import math


def bits_needed(n):
    return math.log(n, 2)


print(bits_needed(1024))
print(bits_needed(0))
