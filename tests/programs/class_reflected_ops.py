# Reflected operator methods: 10 + obj and 3 * obj call __radd__ / __rmul__.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __radd__(self, other):
        return Money(self.cents + other)

    def __rmul__(self, k):
        return Money(self.cents * k)

    def __repr__(self):
        return f"Money({self.cents})"


wallet = [Money(150), Money(275), Money(5)]
print(sum(wallet, Money(0)), 3 * Money(20), 10 + Money(1), Money(1) + Money(2))
