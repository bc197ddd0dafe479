# Looking at a caught exception: type(e).__name__, isinstance against built-in and
# program exception classes (by hierarchy), str() and repr(); type(x).__name__ of values.
class AppError(Exception):
    pass


class ConfigError(AppError):
    pass


class Point:
    def __init__(self, x):
        self.x = x


def risky(n):
    if n == 0:
        raise ValueError("zero")
    if n == 1:
        return {"a": 1}["k"]
    if n == 2:
        raise ConfigError("missing key 'port'")
    if n == 3:
        return [1, 2][5]
    return 10 // (n - 4)


for n in range(6):
    try:
        print("ok", risky(n))
    except Exception as e:
        kind = type(e).__name__
        print(kind, str(e), repr(e))
        print("  lookup:", isinstance(e, LookupError), "app:", isinstance(e, AppError),
              "value/config:", isinstance(e, (ValueError, ConfigError)), "exception:", isinstance(e, Exception))
        if isinstance(e, ArithmeticError):
            print("  arithmetic")

print(type(1).__name__, type("s").__name__, type([1]).__name__, type({1: 2}).__name__)
print(type(Point(1)).__name__, type(None).__name__, type(2.5).__name__, type((1, "a")).__name__)
print(type(True).__name__, type({1}).__name__, type(range(3)).__name__)
p = None
if len("ab") > 5:
    p = Point(2)
print(type(p).__name__)
p = Point(3)
print(type(p).__name__)
