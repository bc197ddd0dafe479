# A formatted conversion table with running statistics.

def c_to_f(c):
    return c * 9 / 5 + 32


def c_to_k(c):
    return c + 273.15


print(f"{'C':>6} {'F':>8} {'K':>8}")
hottest = -1000.0
total = 0.0
rows = 0
for c in range(-40, 121, 20):
    f = c_to_f(c)
    k = c_to_k(c)
    print(f"{c:>6} {f:>8.1f} {k:>8.2f}")
    hottest = max(hottest, f)
    total += f
    rows += 1
print(f"rows={rows} hottest={hottest} mean={total / rows:.3f}")
print("%6s %8s" % ("F", "C"))
f = 0
while f <= 212:
    print("%6d %8.2f" % (f, (f - 32) * 5 / 9))
    f += 53
