# Augmented assignment operators on ints.

x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 4
print(x)
x //= 5
print(x)
x %= 7
print(x)
x **= 3
print(x)
x <<= 2
print(x)
x >>= 1
print(x)
x &= 0xF0
print(x)
x |= 0x0F
print(x)
x ^= 0xFF
print(x)
x /= 4
print(x)

counter = 0
for i in range(100):
    if i % 3 == 0:
        counter += 1
    elif i % 5 == 0:
        counter -= 1
print("counter", counter)

product = 1
i = 1
while i <= 10:
    product *= i
    i += 2
print("product of odd numbers to 10:", product)
