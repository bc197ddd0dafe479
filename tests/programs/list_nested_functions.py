def make_grid(n):
    return [[r * n + c for c in range(n)] for r in range(n)]


def flatten(grid):
    return [v for row in grid for v in row]


def column_sums(grid):
    return [sum(row[c] for row in grid) for c in range(len(grid[0]))]


g = make_grid(3)
print(g, flatten(g), column_sums(g))
print(max(flatten(g)), sorted(flatten(g), reverse=True)[:3])
