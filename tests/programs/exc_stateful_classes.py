# Exception classes with state: custom __init__ (with and without super().__init__), extra
# attributes read in the handler, __str__, class attributes, inheritance between them,
# caught by their own class or by a built-in base.
class AppError(Exception):
    pass

class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem

class MissingField(ValidationError):
    def __init__(self, field):
        super().__init__(field, "is required")

class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        self.balance = balance
        self.amount = amount

    def __str__(self):
        return f"cannot withdraw {self.amount}, balance is {self.balance}"

class Coded(Exception):
    code = 7

def check(d):
    if "name" not in d:
        raise MissingField("name")
    if len(d["name"]) < 2:
        raise ValidationError("name", "too short")
    if d["name"] == "x!":
        raise AppError("plain app error")
    return d["name"]

for d in [{"age": "3"}, {"name": "a"}, {"name": "bob"}, {"name": "x!"}]:
    try:
        print("ok", check(d))
    except ValidationError as e:
        print("invalid", e.field, "|", e.problem, "|", e, "|", repr(e), type(e).__name__)
    except AppError as e:
        print("app", e, type(e).__name__)

try:
    raise InsufficientFunds(10, 25)
except InsufficientFunds as e:
    print(e, e.balance, e.amount)
try:
    raise InsufficientFunds(1, 2)
except Exception as e:
    print("generic:", e, isinstance(e, InsufficientFunds))
try:
    raise Coded("c")
except Coded as e:
    print(e, e.code, repr(e))
try:
    raise Coded
except Coded as e:
    print(repr(str(e)), e.code)


class ParseError(ValueError):
    def __init__(self, line, text):
        self.line = line
        self.text = text


def parse(rows):
    total = 0
    for i, row in enumerate(rows, 1):
        if not row.isdigit():
            raise ParseError(i, row)
        total += int(row)
    return total


for rows in [["1", "2"], ["3", "x4"]]:
    try:
        print("sum", parse(rows))
    except ParseError as e:
        print("line", e.line, repr(e.text), "| str:", e, "| repr:", repr(e))
    except ValueError as e:
        print("not reached", e)
try:
    parse(["?"])
except ValueError as e:
    print("as ValueError:", e, type(e).__name__, isinstance(e, ParseError))
errors = []
for rows in [["a"], ["1", "b"]]:
    try:
        parse(rows)
    except ParseError as e:
        errors.append(e)
print([(e.line, e.text) for e in errors], errors)
