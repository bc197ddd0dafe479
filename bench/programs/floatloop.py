# Floating-point arithmetic in a tight loop: midpoint-rule integration of
# 4 / (1 + x^2) over [0, 1] (= pi) and a Leibniz series.
N = 15000000


def integrate(n):
    h = 1.0 / n
    total = 0.0
    for i in range(n):
        x = (i + 0.5) * h
        total += 4.0 / (1.0 + x * x)
    return total * h


def leibniz(n):
    total = 0.0
    sign = 1.0
    for k in range(n):
        total += sign / (2 * k + 1)
        sign = -sign
    return 4.0 * total


print(f"midpoint: {integrate(N):.15f}")
print(f"leibniz:  {leibniz(N):.15f}")
