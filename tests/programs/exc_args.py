# e.args: the argument an exception was raised with (any type), () without one; repr(e)
# shows it as CPython; KeyErrors carry the missing key itself.
def risky(n):
    if n == 0:
        raise ValueError("bad value")
    if n == 1:
        return {"a": 1}["missing"]
    if n == 2:
        return {1: 2}[7]
    if n == 3:
        raise KeyError(42)
    if n == 4:
        raise RuntimeError
    if n == 5:
        raise ValueError(3.5)
    return [1][3]

for n in range(7):
    try:
        risky(n)
    except Exception as e:
        print(type(e).__name__, e.args, len(e.args), e.args[0] if e.args else "-", repr(e))
try:
    {}.popitem()
except KeyError as e:
    print(e.args)
try:
    {(1, 2): "a"}[(5, 6)]
except KeyError as e:
    key = e.args[0]
    print(key, e, repr(e), e.args)
try:
    int("x1")
except ValueError as e:
    print(e.args)
