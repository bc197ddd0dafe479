# Raising and catching exceptions in a loop: parse errors, lookups, a custom class.
class ValidationError(ValueError):
    pass


def check(n):
    if n % 7 == 0:
        raise ValidationError("multiple of seven: " + str(n))
    return n


def parse(text):
    try:
        return int(text)
    except ValueError:
        return -1


table = {"a": 1, "b": 2}
caught = 0
total = 0
for i in range(300_000):
    try:
        total += check(i)
    except ValidationError:
        caught += 1
    total += parse("x" if i % 3 == 0 else "12")
    try:
        total += table["c" if i % 5 == 0 else "a"]
    except KeyError as e:
        caught += 1
    finally:
        total += 1
print(caught, total)
