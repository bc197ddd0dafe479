# math.isclose, isinf, isnan.
import math

print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3)
print(math.isclose(1.0, 1.0001), math.isclose(1.0, 1.0001, rel_tol=1e-3))
print(math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print(math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
print(math.isinf(math.inf), math.isinf(-math.inf), math.isinf(1e308), math.isinf(1e308 * 10))
print(math.isnan(math.nan), math.isnan(0.0), math.isnan(math.inf - math.inf))
print(math.isinf(5), math.isnan(5))


def safe_ratio(a, b):
    r = a / b if b != 0 else math.inf
    if math.isinf(r):
        return "unbounded"
    return str(r)


print(safe_ratio(1, 4), safe_ratio(3, 0))
