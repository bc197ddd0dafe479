# `except E as e` names the exception for its handler only (CPython unbinds it after),
# so the name can hold values of other types elsewhere.

errors = []
for x in ["1", "a", "2", "b"]:
    try:
        errors.append(int(x))
    except ValueError as e:
        print("bad:", e)
for e in errors:
    print("ok", e + 1)
try:
    {}["k"]
except KeyError as e:
    print(repr(e))
def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        msg = str(e)
    e = 5
    return msg, e
print(f())
