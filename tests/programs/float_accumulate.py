# Summation order and accumulated rounding error.

total = 0.0
for i in range(10):
    total += 0.1
print(total)
print(total == 1.0)

harmonic = 0.0
for k in range(1, 1001):
    harmonic += 1 / k
print("H(1000) =", harmonic)

backward = 0.0
k = 1000
while k >= 1:
    backward += 1 / k
    k -= 1
print("backward =", backward)
print("difference", harmonic - backward)

# Leibniz series for pi
pi = 0.0
sign = 1.0
for k in range(100000):
    pi += sign * 4.0 / (2 * k + 1)
    sign = -sign
print("pi ~", pi)

# compound interest
balance = 1000.0
for year in range(1, 11):
    balance *= 1.05
    print(year, balance)
