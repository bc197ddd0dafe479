# __setitem__/__getitem__ with tuple keys (obj[x, y] = v, obj[i] += v) on a grid class.
# exit: 1
# stderr: IndexError: cell out of grid
class Grid:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.cells = [0] * (w * h)

    def __getitem__(self, pos):
        x, y = pos
        return self.cells[y * self.w + x]

    def __setitem__(self, pos, value):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError("cell out of grid")
        self.cells[y * self.w + x] = value

    def __str__(self):
        rows = []
        for y in range(self.h):
            rows.append(" ".join(str(self[(x, y)]) for x in range(self.w)))
        return "\n".join(rows)


g = Grid(3, 2)
g[(0, 0)] = 5
g[2, 1] = 7
g[1, 1] += 2
print(g)
print(g[2, 1], sum(g.cells))
g[3, 0] = 1
