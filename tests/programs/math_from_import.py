# from math import ... brings names into the module namespace.
from math import sqrt, pi, floor
from math import gcd


def circle_area(r):
    return pi * r * r


print(sqrt(49), sqrt(2))
print(circle_area(1.0), circle_area(2.5))
print(floor(pi * 100) / 100)
print(gcd(84, 36))
total = 0.0
for i in range(1, 6):
    total += sqrt(i)
print(total)
