# Lambdas as values (no captured variables): tables of operations, called later.
# exit: 1
# stderr: ZeroDivisionError: float division by zero
import sys

OPS = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
}
SCALE = 10
scale = lambda x: x * SCALE


def run(expr):
    a, op, b = expr.split()
    return OPS[op](float(a), float(b))


for e in ["1 + 2", "6 * 7", "1 / 4", "3 - 5"]:
    print(e, "=", run(e))
print(scale(4), (lambda: "no args")())
print(sorted([3, 1, 2], key=lambda v: -v))
print(run("1 / 0"))
