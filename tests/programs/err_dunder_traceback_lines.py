# exit: 1
# stderr: ValueError: no str
# An exception raised by a __str__/__repr__/__bool__ that str(), print(), f-strings or a
# condition call shows the caller's line, as CPython's traceback does.
class A:
    def __init__(self, bad):
        self.bad = bad

    def __str__(self) -> str:
        if self.bad:
            raise ValueError("no str")
        return "A"

    def __repr__(self) -> str:
        raise KeyError("no repr")

    def __bool__(self) -> bool:
        raise TypeError("no bool")


def show(a):
    return "[" + str(a) + "]"


ok, bad = A(False), A(True)
print(show(ok), f"{ok}")
for thunk in [lambda: print(bad), lambda: f"{bad}!", lambda: repr(ok), lambda: 1 if ok else 2]:
    try:
        thunk()
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
print(show(bad))
