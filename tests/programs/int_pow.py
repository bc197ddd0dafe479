# Integer exponentiation with non-negative exponents stays an int.

print(2 ** 10)
print(2 ** 0)
print(0 ** 0)
print(0 ** 5)
print(1 ** 100)
print((-2) ** 3)
print((-2) ** 4)
print(-2 ** 4)
print(3 ** 39)
print(10 ** 18)
print(2 ** 62)
print(7 ** 2 ** 2)
print(2 ** 3 ** 2)


def power_table(base, limit):
    e = 0
    while e <= limit:
        print(base, "**", e, "=", base ** e)
        e += 1


power_table(3, 6)
power_table(-5, 4)

n = 5
n **= 3
print(n)
x = 2
for i in range(5):
    x = x ** 2 % 1000003
print(x)
