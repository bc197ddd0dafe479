# Float arithmetic and mixing with ints.

a = 3.5
b = 1.25
print(a + b, a - b, a * b, a / b)
print(a + 1, 2 * b, a - 10, 10 / a)
print(-a, +b)
print(0.1 * 3, 0.7 + 0.1, 1.1 + 2.2)
print(1e308 * 10)
print(-1e308 * 10)
print(2.0 ** 10, 2.0 ** -1, 9.0 ** 0.5, 2 ** 0.5)
print(1.5 ** 2, (-1.5) ** 3)
print(10 ** -2.0)


def average(total, count):
    return total / count


def celsius_to_fahrenheit(c):
    return c * 9 / 5 + 32


for c in range(-40, 101, 20):
    print(c, "C =", celsius_to_fahrenheit(c), "F")

prices = 0.0
prices += 19.99
prices += 5.01
prices += 0.1
print("total", prices)
print("average", average(prices, 3))

x = 1.0
x -= 0.9
print(x)
x *= 3
print(x)
x /= 0.5
print(x)
x **= 2
print(x)
