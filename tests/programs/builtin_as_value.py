# Built-in functions as values: in tables of operations, passed to higher-order
# functions, stored in lists; their __name__ is the built-in's.
def fold(f, xs, start):
    acc = start
    for x in xs:
        acc = f(acc, x)
    return acc


def apply_all(fs, v):
    return [f(v) for f in fs]


ops = {"add": lambda a, b: a + b, "max": max, "min": min, "pow": pow}
for key in sorted(ops):
    print(f"{key}(12, 5) = {ops[key](12, 5)}")
print(fold(max, [3, 9, 2, 7], -1), fold(min, [3, 9, 2, 7], 100))
print(fold(max, [2.5, 1.0], 0.0), fold(min, ["pear", "fig", "apple"], "zz"))
pipeline = [lambda x: x + 1, abs, lambda x: x * 2]
value = -10
for step, fn in enumerate(pipeline):
    value = fn(value)
    print(f"step {step}: {value}")
print(apply_all([sorted, list], "banana"), apply_all([len, ord], "b"))
print(apply_all([str, repr], "42"), apply_all([abs, int, round], -4.5))
convert = int
print(convert("17") + 1, [f.__name__ for f in [max, len, abs]])
by = sorted(["bb", "a", "ccc"], key=len)
print(by, list(map(str, [1, 2, 3])), sum(map(abs, [-1, -2, 3])))
