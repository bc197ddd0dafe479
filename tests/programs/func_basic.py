# Defining and calling functions; returning values.

def add(a, b):
    return a + b


def greet(name):
    return "Hello, " + name + "!"


def no_return():
    x = 1


def square(x):
    return x * x


def hypotenuse_squared(a, b):
    return square(a) + square(b)


print(add(2, 3))
print(add(10, -4))
print(greet("Alice"))
print(no_return())
print(hypotenuse_squared(3, 4))
print(square(square(3)))
total = 0
for i in range(1, 6):
    total = add(total, square(i))
print("sum of squares:", total)


def describe(n):
    if n % 2 == 0:
        return str(n) + " is even"
    return str(n) + " is odd"


for i in range(4):
    print(describe(i))


def later():
    return helper() * 2


def helper():
    return 21


print(later())
