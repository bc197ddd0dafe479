# A class's __format__ serves f-strings, format() and str.format(); without one, a
# format spec on an instance is CPython's TypeError.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        text = f"${self.cents // 100}.{self.cents % 100:02d}"
        if spec:
            return format(text, spec)
        return text


class Plain:
    def __str__(self):
        return "plain"


m = Money(12345)
print(f"{m}", f"[{m:>12}]", f"[{m:<12}]")
print(format(m, "^14"), "{} and {:>10}".format(m, Money(5)))
print(f"{Plain()}", format(Plain()), f"{Plain()!s:>8}")
for bad in ["x", ">5"]:
    try:
        print(f"{Plain():{bad}}")
    except TypeError as e:
        print("TypeError:", e)
print(f"{[1, 2]}", f"{(1, 'a')!r:>12}")
