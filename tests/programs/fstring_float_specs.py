# Float format specs: fixed, precision, sign, width, general, percent.

pi = 3.141592653589793
print(f"{pi:.2f}|{pi:.0f}|{pi:.10f}|{pi:f}")
print(f"{pi:8.3f}|{pi:<8.3f}|{pi:^8.3f}|{pi:>8.3f}|")
print(f"{pi:+.2f}|{-pi:+.2f}|{pi: .2f}|{-pi: .2f}")
print(f"{pi:08.3f}|{-pi:08.3f}")
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {2.675:.2f}")
print(f"{1e10:.2f} {1e-10:.2f} {-0.0:.1f}")
print(f"{pi:g} {1e-5:g} {123456789.0:g} {100000.0:g} {1e6:g}")
print(f"{pi:.3g} {0.000123456:.2g} {1234.5:.2g}")
print(f"{0.256:%} {0.256:.1%} {1.5:.0%}")
print(f"{pi:.3}, {1234.5678:.6}, {0.1:.20f}")
print(f"{float('inf'):.2f} {float('-inf'):8.1f} {float('nan'):f}")
print(f"{2.0:} {1e16:} {12.0:10}|")


def table(x):
    return f"{x:10.4f}|{x * x:12.6f}|{x ** 0.5:.5f}"


for i in range(1, 6):
    print(table(i * 1.5))
total = 1234.5
print(f"Total: ${total:,.2f}")
