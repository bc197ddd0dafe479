# math.pow, math.fabs, math.hypot.
import math

print(math.pow(2, 10), math.pow(2, 0.5), math.pow(10, -2), math.pow(0, 0))
print(math.pow(-2, 3), math.pow(1.5, 2.5), math.pow(4, 0.5))
print(math.fabs(-3), math.fabs(2.5), math.fabs(-0.0), math.fabs(7))
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(1, 1), math.hypot(0, 0))
print(math.hypot(-6, 8), math.hypot(1e200, 1e200))


def magnitude(x, y):
    return math.hypot(x, y)


for i in range(1, 5):
    print(i, magnitude(i, i * 2), math.pow(i, 3))
