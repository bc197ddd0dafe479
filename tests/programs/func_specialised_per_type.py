# A function called with different argument types is compiled once per signature.

def show(label, value):
    print(label, "=", value)


def scale(x, factor=2):
    return x * factor


def describe(x):
    if x > 0:
        return "positive"
    if x < 0:
        return -1
    return None


show("int", 3)
show("float", 2.5)
show("str", "text")
show("bool", True)
print(scale(21), scale(1.25), scale("ab", 3), scale(2, 0.5))
for v in (5, -2, 0):
    print(v, describe(v))
print(describe(0.5), describe(-0.5))
