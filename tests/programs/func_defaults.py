# Default parameter values.

def greet(name, greeting="Hello", punctuation="!"):
    return greeting + ", " + name + punctuation


print(greet("Bob"))
print(greet("Bob", "Hi"))
print(greet("Bob", "Hey", "?"))


def power(base, exponent=2):
    return base ** exponent


print(power(5), power(5, 3), power(2, 10))


def repeat(text, times=3, sep=" "):
    out = ""
    for i in range(times):
        if i > 0:
            out += sep
        out += text
    return out


print(repeat("ho"))
print(repeat("ha", 5))
print(repeat("na", 4, "-"))


def scale(value, factor=1.5):
    return value * factor


print(scale(10.0), scale(10.0, 0.1))
LIMIT = 3


def countdown(start=LIMIT):
    n = start
    while n > 0:
        print(n, end=" ")
        n -= 1
    print("liftoff")


countdown()
countdown(5)
