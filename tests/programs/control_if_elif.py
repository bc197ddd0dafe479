# if / elif / else chains.

def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"


for n in range(-15, 150, 12):
    print(n, classify(n))


def fizz(n):
    if n % 15 == 0:
        result = "FizzBuzz"
    elif n % 3 == 0:
        result = "Fizz"
    elif n % 5 == 0:
        result = "Buzz"
    else:
        result = str(n)
    return result


line = ""
for i in range(1, 16):
    line += fizz(i) + " "
print(line)

x = 5
if x:
    print("x is truthy")
if "":
    print("never printed")
else:
    print("empty string is falsy")
if 0.0:
    print("never")
elif x > 3:
    if x > 4:
        print("nested: x > 4")
    else:
        print("nested: x == 4")
year = 2024
if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
    print(year, "is a leap year")
