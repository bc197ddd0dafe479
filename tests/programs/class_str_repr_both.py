# A class with both __str__ and __repr__: str(), print and f-strings use __str__;
# repr(), !r and containers use __repr__.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"

    def __repr__(self):
        return f"Money({self.cents})"


m = Money(1234)
print(m, str(m), repr(m))
print(f"{m} {m!r}", [m, Money(5)])
print({"price": m})
only_repr = [Money(1)]
print(repr(only_repr[0]), str(only_repr[0]))
