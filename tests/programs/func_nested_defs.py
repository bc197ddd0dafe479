# Functions defined inside functions (not reading the enclosing variables): helpers,
# defaults evaluated at the def, and returned as values.
SCALE = 3


def report(rows):
    def fmt(name, value, width=8):
        return f"{name:<{width}}|{value * SCALE:>5}"

    def total(values):
        s = 0
        for v in values:
            s += v
        return s

    lines = [fmt(n, v) for n, v in rows]
    lines.append(fmt("total", total([v for _, v in rows]), 10))
    return lines


for line in report([("a", 1), ("bb", 22)]):
    print(line)


def pick(kind):
    def square(x):
        return x * x

    def cube(x):
        return x * x * x

    return square if kind == 2 else cube


print(pick(2)(5), pick(3)(2))
