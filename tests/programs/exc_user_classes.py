# Exception classes of the program: kinds under their base, caught by any ancestor.
# exit: 1
# stderr: RangeError: 1000 is too big
class AppError(Exception):
    """Base of this program's errors."""

class ParseError(AppError, ):
    pass

class RangeError(ValueError):
    ...



class LocalError(KeyError):
    pass


def parse(s):
    if not s.isdigit():
        raise ParseError("not a number: " + repr(s))
    n = int(s)
    if n > 100:
        raise RangeError(f"{n} is too big")
    return n


for s in ["7", "x", "500"]:
    try:
        print(parse(s))
    except AppError as e:
        print("app error:", e, repr(e))
    except ValueError as e:
        print("value error:", e, repr(e))

try:
    raise LocalError("k")
except LookupError as e:
    print("lookup:", repr(e), str(e))

try:
    parse("q")
except (RangeError, ParseError):
    print("either")

parse("1000")
