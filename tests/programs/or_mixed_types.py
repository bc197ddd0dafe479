# 'or'/'and' and conditional expressions whose operands have unrelated types: the
# result is an object that prints, compares and hashes as CPython's.
items = []
print("Carrying:", items or "nothing")
items.append("lamp")
print("Carrying:", items or "nothing")
d = {}
label = d or None
print(label, [1, 2] if len(items) > 3 else "short", (1, "a") and [2.5])
def describe(xs):
    return xs or "empty"
print(describe([]), describe([3]), describe({}), describe({1: 2}))
r = items or "nothing"
print(r == ["lamp"], r)
