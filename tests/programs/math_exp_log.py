# Exponentials and logarithms.
import math

print(math.exp(0), math.exp(1), math.exp(-1), math.exp(10))
print(math.log(1), math.log(math.e), math.log(10), math.log(0.5))
print(math.log(8, 2), math.log(100, 10), math.log(1000, 10), math.log(81, 3))
print(math.log10(1000), math.log10(2), math.log10(0.001))
print(math.log(1024, 2), math.log(2.5, 1.5))
print(math.exp(math.log(7)))
print(math.log(1e300), math.log10(1e300))


def doubling_time(rate):
    return math.log(2) / math.log(1 + rate)


for pct in range(1, 11, 3):
    print(pct, "% ->", doubling_time(pct / 100), "years")


def compound(principal, rate, years):
    return principal * math.exp(rate * years)


print(compound(1000, 0.05, 10))
