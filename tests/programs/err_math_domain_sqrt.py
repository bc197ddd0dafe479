# math.sqrt of a negative number.
# exit: 1
# stderr: ValueError: math domain error
import math

for x in range(2, -3, -1):
    print(x, math.sqrt(x))
