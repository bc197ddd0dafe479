# Format specs computed from other expressions: {x:{w}} and {x:{w}.{p}f}.

value = 3.14159
for width in range(6, 11, 2):
    print(f"[{value:{width}}]")
for precision in range(0, 5):
    print(f"[{value:.{precision}f}]")
for w in range(8, 13, 2):
    for p in range(1, 4):
        print(f"[{value:{w}.{p}f}]", end="")
    print()
name = "pyexe"
for width in range(5, 10):
    print(f"|{name:>{width}}|{name:<{width}}|{name:^{width}}|")
fill = "*"
align = "^"
print(f"{name:{fill}{align}11}")
n = 255
base = "x"
print(f"{n:{base}} {n:#{base}} {n:0{8}{base}}")
