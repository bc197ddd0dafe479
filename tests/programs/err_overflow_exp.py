# math.exp of a large number overflows.
# exit: 1
# stderr: OverflowError: math range error
import math

x = 1.0
while True:
    x *= 10
    print(x, math.exp(x))
