# int, float, bool, str and tuple keys with CPython's equality (1 == 1.0 == True).
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
d[2.5] = "x"
print(d, len(d))
t = {(0, 0): "origin", (1, 2): "p"}
t[(1, 2)] = "q"
print(t, t[(0, 0)], (3, 4) in t)
grid = {(r, c): r * c for r in range(3) for c in range(3)}
print(grid[(2, 2)], sum(grid.values()), len(grid))
