# A command-line calculator.
#
#   ./calc 10 + 5      -> 15.0
#   ./calc 7 / 2       -> 3.5
#   ./calc 2 ** 0.5    -> 1.4142135623730951
#
# Operands are parsed with float().  Operators: + - * x / // % **
# (`x` is an alias for `*`, which a shell would otherwise expand).
import sys

OPERATORS = "+ - * x / // % **"


def is_operator(op):
    return (op == "+" or op == "-" or op == "*" or op == "x" or op == "/"
            or op == "//" or op == "%" or op == "**")


def calculate(a, op, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*" or op == "x":
        return a * b
    if op == "/":
        return a / b
    if op == "//":
        return a // b
    if op == "%":
        return a % b
    return a ** b


def main():
    if len(sys.argv) != 4:
        print("usage: calc NUMBER OP NUMBER", file=sys.stderr)
        sys.exit(1)
    op = sys.argv[2]
    if not is_operator(op):
        print(f"calc: unknown operator {op!r} (expected one of: {OPERATORS})", file=sys.stderr)
        sys.exit(2)
    a = float(sys.argv[1])
    b = float(sys.argv[3])
    print(calculate(a, op, b))


if __name__ == "__main__":
    main()
