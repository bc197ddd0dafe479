# isinstance() with built-in types: decided by the types of a specialised function, or
# by the tag of a value of mixed types; a branch the types rule out is not compiled.
class Shape:
    def __init__(self, name):
        self.name = name


def describe(v):
    if isinstance(v, bool):
        return "bool " + str(v)
    elif isinstance(v, int):
        return "int " + str(v * 2)
    elif isinstance(v, float):
        return f"float {v:.2f}"
    elif isinstance(v, str):
        return "str " + v.upper()
    elif isinstance(v, (list, tuple)):
        return "sequence of " + str(len(v))
    elif isinstance(v, dict):
        return "dict with " + ", ".join(sorted(v.keys()))
    elif isinstance(v, (set, frozenset)):
        return ("frozenset " if isinstance(v, frozenset) else "set ") + str(len(v))
    elif isinstance(v, Shape):
        return "shape " + v.name
    return "other"


print(describe(True))
print(describe(21))
print(describe(2.5))
print(describe("abc"))
print(describe([1, 2, 3]))
print(describe((1, "a")))
print(describe({"b": 1, "a": 2}))
print(describe({1, 2}))
print(describe(frozenset([3])))
print(describe(Shape("square")))
print(describe(None))


def number_or_zero(x):
    return x if isinstance(x, (int, float)) else 0


print(number_or_zero(3), number_or_zero(1.5), number_or_zero("no"), number_or_zero([1]))
print(isinstance(3, object), isinstance("s", object), isinstance(Shape("c"), object))
print(isinstance(True, int), isinstance(1, bool), isinstance(1, float), isinstance(1.0, int))

# values of mixed types: the run-time tag decides
row = {"name": "ann", "age": 41, "score": 7.5, "ok": True, "none": None}
for key, value in row.items():
    kinds = []
    if isinstance(value, int):
        kinds.append("int")
    if isinstance(value, bool):
        kinds.append("bool")
    if isinstance(value, float):
        kinds.append("float")
    if isinstance(value, str):
        kinds.append("str")
    if isinstance(value, (str, float)):
        kinds.append("str-or-float")
    print(key, kinds, isinstance(value, object))

total = 0
for x in [1, 2, 3]:
    total += x / 2 if x == 2 else x
print(total, isinstance(total, int), isinstance(total, float))

# an instance or None
head = None
for name in ["a", "b"]:
    if isinstance(head, Shape):
        print("before", name, head.name)
    head = Shape(name)
print(isinstance(head, Shape), isinstance(head, int))

# a value of mixed types is read as a str / float / bool where isinstance says so
record = {"id": 7, "title": "notes", "ratio": 0.25, "draft": False}
for key, value in record.items():
    if isinstance(value, str):
        print(key, value.upper(), len(value), value[1:])
    elif isinstance(value, bool):
        print(key, "flag", not value)
    elif isinstance(value, float):
        print(key, round(value * 100), value * 4 == 1.0)
    else:
        print(key, value)


def shout(v):
    if isinstance(v, str) and v.startswith("n"):
        return v.title() + "!"
    return str(v)


print([shout(v) for v in record.values()])
