# math.sqrt, floor, ceil, trunc.
import math

print(math.sqrt(16), math.sqrt(2), math.sqrt(0.25), math.sqrt(0))
print(math.sqrt(10), math.sqrt(1e10), math.sqrt(144))
print(math.floor(2.7), math.floor(-2.7), math.floor(5), math.floor(-0.5))
print(math.ceil(2.1), math.ceil(-2.1), math.ceil(5), math.ceil(0.0001))
print(math.trunc(2.9), math.trunc(-2.9), math.trunc(7))
print(math.floor(1e15 + 0.5), math.ceil(-1e15 - 0.5))


def distance(x1, y1, x2, y2):
    return math.sqrt((x2 - x1) ** 2 + (y2 - y1) ** 2)


print(distance(0.0, 0.0, 3.0, 4.0))
print(distance(1.5, 2.5, -1.0, 7.0))


def is_perfect_square(n):
    r = math.floor(math.sqrt(n))
    return r * r == n


for n in range(0, 50, 7):
    print(n, is_perfect_square(n))
print(is_perfect_square(49), is_perfect_square(144))
pages = 0
for items in range(0, 31, 10):
    pages = math.ceil(items / 12)
    print(items, "items need", pages, "pages")
