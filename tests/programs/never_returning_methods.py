# exit: 1
# stderr: ValueError: bad at the end
# Calls that can only raise (methods, function values, lookups in containers that are
# never filled) raise their exception where the call is, and try/except catches it.
class Validator:
    def fail(self, what):
        raise ValueError("bad " + what)

    @staticmethod
    def abort():
        raise RuntimeError("aborted")


def always_raises(n):
    raise KeyError(n)


v = Validator()
try:
    v.fail("input")
except ValueError as e:
    print("caught:", e)

try:
    Validator.abort()
except RuntimeError as e:
    print("caught:", e)

handler = always_raises
try:
    handler(7)
except KeyError as e:
    print("caught KeyError", e)

callbacks = [always_raises]
for cb in callbacks:
    try:
        cb(3)
    except LookupError as e:
        print("caught LookupError", e)

empty = {}
try:
    print(empty["missing"])
except KeyError as e:
    print("empty dict:", e)

nothing = []
try:
    print(nothing[0])
except IndexError as e:
    print("empty list:", e)

try:
    nothing.pop()
except IndexError as e:
    print("pop:", e)
print("done")
v.fail("at the end")
