# abs, min and max on ints and floats.

print(abs(-5), abs(5), abs(0))
print(abs(-9223372036854775807))
print(abs(-2.5), abs(2.5), abs(-0.0))
print(min(3, 1, 2), max(3, 1, 2))
print(min(-4, -8), max(-4, -8))
print(min(7, 7), max(7, 7))
print(min(2.5, 1.5), max(2.5, 1.5, 3.25))
print(min("pear", "apple", "fig"), max("pear", "apple", "fig"))


def clamp(value, low, high):
    return max(low, min(value, high))


for v in range(-3, 14, 4):
    print(v, "->", clamp(v, 0, 10))

lowest = 1000
highest = -1000
for i in range(1, 20):
    v = (i * 37) % 23 - 11
    lowest = min(lowest, v)
    highest = max(highest, v)
print("lowest", lowest, "highest", highest)


def distance(a, b):
    return abs(a - b)


print(distance(3, 10), distance(10, 3), distance(-4, 4))
