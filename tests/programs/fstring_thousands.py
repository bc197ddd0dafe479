# Thousands separators with , and _.

print(f"{1234567:,}")
print(f"{1234567:_}")
print(f"{-1234567:,}")
print(f"{999:,} {1000:,} {0:,}")
print(f"{1234567.891:,}")
print(f"{1234567.891:,.2f}")
print(f"{0.5:,.3f}")
print(f"{1234567:>15,}|")
print(f"{1234567:015,}")
print(f"{255255255:_x} {255255255:_b}")
print(f"{9223372036854775807:,}")
population = 8045311447
print(f"World population: {population:,}")
for n in range(0, 10000001, 2500000):
    print(f"{n:>12,}")
