# Local variables are independent per call and shadow globals.

x = "global x"


def use_local():
    x = "local x"
    return x


def use_global():
    return x


def counter(n):
    count = 0
    for i in range(n):
        count += 1
    return count


def factorial(n):
    result = 1
    while n > 1:
        result *= n
        n -= 1
    return result


print(use_local(), "|", use_global(), "|", x)
print(counter(3), counter(10), counter(0))
n = 6
print(factorial(n), n)
i = 99
for j in range(3):
    print(counter(j))
print(i)
