xs = [1, 2, 3, 4, 5, 6]
print([x * x for x in xs])
print([x for x in xs if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[r * c for c in range(3)] for r in range(3)])
print([c.upper() for c in "abc"])
print([i * w for i, w in enumerate(["a", "b", "c"], 1)])
x = 10
print([x for x in range(3)], x)
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 7
print(grid)
