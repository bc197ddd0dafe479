# Functions that call each other.

def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


for n in range(0, 8):
    print(n, is_even(n), is_odd(n))
print(is_even(500))


def hofstadter_f(n):
    if n == 0:
        return 1
    return n - hofstadter_m(hofstadter_f(n - 1))


def hofstadter_m(n):
    if n == 0:
        return 0
    return n - hofstadter_f(hofstadter_m(n - 1))


f = ""
m = ""
for n in range(20):
    f += str(hofstadter_f(n)) + " "
    m += str(hofstadter_m(n)) + " "
print("F:", f)
print("M:", m)
