# Scientific notation format specs.

x = 12345.6789
print(f"{x:e}")
print(f"{x:E}")
print(f"{x:.2e}")
print(f"{x:.0e}")
print(f"{-x:12.3e}|")
print(f"{0.000123:e}")
print(f"{1e100:e}")
print(f"{0.0:e}")
print(f"{5e-324:e}")
print(f"{1.0:.3E}")
avogadro = 6.02214076e23
print(f"N_A = {avogadro:.4e}")
for k in range(-3, 4):
    print(f"{10.0 ** k:10.2e}")
