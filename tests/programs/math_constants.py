# math.pi, math.e, math.inf, math.nan.
import math

print(math.pi)
print(math.e)
print(math.inf, -math.inf)
print(math.nan)
print(math.pi * 2)
print(math.inf > 1e308, math.nan == math.nan)
r = 2.5
print("circumference", 2 * math.pi * r)
print("area", math.pi * r ** 2)
print(f"{math.pi:.5f} {math.e:.3f}")
smallest = math.inf
for i in range(1, 10):
    v = (i * 7 % 10) / 3
    if v < smallest:
        smallest = v
print(smallest)
