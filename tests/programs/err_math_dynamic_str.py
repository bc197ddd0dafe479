# exit: 1
# stderr: TypeError: must be real number, not str
# A variable that held a number and later a string is refused by math functions at run
# time, exactly where CPython refuses it.
import math

x = 16
print(math.sqrt(x))
x = "25"
print(float(x), int(x))
print(math.sqrt(x))
