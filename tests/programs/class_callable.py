# Instances with __call__ are called like functions: counters, accumulators, and
# configurable "function objects" passed around in variables and containers.
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0

    def __call__(self, x):
        self.calls += 1
        return x * self.factor


double = Multiplier(2)
triple = Multiplier(3)
print(double(5), triple(5), double(double(1)))  # 10 15 4
print(double.calls, triple.calls)  # 3 1
ops = [double, triple]
print([op(7) for op in ops])  # [14, 21]


class Accumulator:
    def __init__(self):
        self.total = 0

    def __call__(self, amount, note):
        self.total += amount
        return f"{note}: {self.total}"


acc = Accumulator()
print(acc(10, "first"))
print(acc(5, "second"))


class Polynomial:
    def __init__(self, coeffs):
        self.coeffs = coeffs

    def __call__(self, x):
        result = 0.0
        for c in self.coeffs:
            result = result * x + c
        return result


p = Polynomial([1.0, -3.0, 2.0])
print([p(x) for x in [0.0, 1.0, 2.0, 3.0]])  # [2.0, 0.0, 0.0, 2.0]


def apply_twice(f, v):
    return f(f(v))


print(apply_twice(p, 0.5))
