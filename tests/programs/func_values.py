# Functions as values: passed, returned, stored in containers, called through variables.
def double(x):
    return x * 2


def square(x):
    return x * x


def shout(s, suffix="!"):
    return s.upper() + suffix


def apply(f, x):
    return f(x)


def apply_twice(f, x):
    return f(f(x))


def pick(name):
    if name == "double":
        return double
    return square


print(apply(double, 5), apply(square, 5), apply_twice(double, 3))
print(apply(shout, "hi"))
op = pick("square")
print(op(7), pick("double")(7))
table = {"d": double, "s": square}
for k in ["d", "s", "d"]:
    print(k, table[k](k == "s" and 3 or 4))
fs = [double, square, double]
print([f(10) for f in fs])
print(fs[0] == fs[2], fs[0] == fs[1], fs[0] is double)
h = shout
print(h("go"), h("go", "?"))
total = 0
for f in (double, square):
    total += f(3)
print(total)
print(bool(double))
