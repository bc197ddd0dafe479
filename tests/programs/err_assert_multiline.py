# exit: 1
# stderr: AssertionError: n must be negative, got 5
# A failed assert points at its test, also when the statement spans lines.
n = 5
assert n > 0
assert (
    n < 0
), f"n must be negative, got {n}"
