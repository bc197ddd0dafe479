# exit: 1
# stderr: ValueError: 42
# Exception objects as values: built, stored, returned, raised later.


class ValidationError(Exception):
    def __init__(self, field, value):
        super().__init__(f"{field}={value}")
        self.field = field
        self.value = value


class RangeError(ValidationError):
    pass


def check(v):
    if v < 0:
        return ValidationError("v", v)
    if v > 100:
        return RangeError("v", v)
    return None


errs = []
for v in [1, -2, 300, -4]:
    err = check(v)
    if err is not None:
        errs.append(err)
print(len(errs), [str(x) for x in errs], errs[0].field, type(errs[1]).__name__)

# raise an instance held in a list: matched by its own class (a subclass here)
try:
    raise errs[1]
except RangeError as ex:
    print("range:", ex, ex.value, ex is errs[1])
first = errs[0]
try:
    raise first
except Exception as ex:
    print("caught", type(ex).__name__, ex)

# built-in exception objects
problems = [ValueError("bad value"), KeyError("missing"), ZeroDivisionError()]
for p in problems:
    print(type(p).__name__, repr(str(p)), p.args, repr(p))
print(isinstance(problems[1], LookupError), isinstance(problems[0], LookupError))


def fail(i):
    raise problems[i]


for i in range(3):
    try:
        fail(i)
    except (ValueError, KeyError) as ex:
        print("handled", repr(ex), ex is problems[i])
    except ArithmeticError as ex:
        print("arith", repr(ex))


def make_error(msg):
    return RuntimeError("wrapped: " + msg)


try:
    try:
        {}["k"]
    except KeyError as ke:
        raise make_error("lookup") from ke
except RuntimeError as ex:
    print(ex)

# exception objects in containers
excs = [ValueError("x"), KeyError(3)]
print(excs)
d = {"a": TypeError("t")}
print(d, d["a"])
caught = []
for i in range(3):
    try:
        [1][i]
    except IndexError as e:
        caught.append(e)
print(caught, len(caught))
print(excs[0] == excs[0], excs[0] == excs[1])
print({excs[0]: 1}[excs[0]])

saved = ValueError(42)
print(saved.args, str(saved))
raise saved
