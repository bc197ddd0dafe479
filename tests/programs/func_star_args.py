# Star arguments in calls: f(*xs) into positional parameters (defaults fill the rest), into
# *args parameters, with TypeErrors as CPython's; print(*xs) with sep and end.
def add3(a, b, c=10):
    return a + b + c
def total(*nums):
    return sum(nums)
def head(first, *rest):
    return first * 100 + len(rest)
t = (1, 2)
xs = [4, 5, 6]
print(add3(*t), add3(*xs), add3(1, *[2]), total(*xs), total(1, *xs), head(*xs), head(*[9]))
print(*xs)
print("a", *xs, "b", sep="-")
print(*[], end="|\n")
words = "one two three".split()
print(*words, sep=", ")
print(*(w.upper() for w in words))
try:
    add3(*[1, 2, 3, 4])
except TypeError as e:
    print(e)
try:
    add3(*[1])
except TypeError as e:
    print(e)


def nothing():
    return 0


try:
    nothing(*[1])
except TypeError as e:
    print(e)


def area(w, h):
    return w * h


sizes = [(2, 3), (4, 5)]
print([area(*s) for s in sizes])
for row in [[1, 2, 3], [4, 5, 6]]:
    print(*row, sep="\t")
