# Trigonometric functions.
import math

print(math.sin(0), math.cos(0), math.tan(0))
print(math.sin(math.pi / 2), math.cos(math.pi), math.sin(math.pi))
print(math.sin(1), math.cos(1), math.tan(1))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1), math.atan2(1, 0))
print(math.sin(-0.5), math.cos(2.5), math.tan(-1.2))


def degrees_to_radians(d):
    return d * math.pi / 180


for d in range(0, 361, 45):
    r = degrees_to_radians(d)
    print(f"{d:3} {math.sin(r):8.4f} {math.cos(r):8.4f}")
angle = math.atan2(3, 4)
print(angle, math.sin(angle) ** 2 + math.cos(angle) ** 2)
