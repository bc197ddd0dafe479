# Vector and Matrix classes with operator overloading, __getitem__/__setitem__, __iter__, __eq__ and __hash__
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y

    def __eq__(self, o):
        return self.x == o.x and self.y == o.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

class Matrix:
    def __init__(self, rows, cols):
        self.rows = rows
        self.cols = cols
        self.data = [[0.0] * cols for _ in range(rows)]

    @staticmethod
    def identity(n):
        m = Matrix(n, n)
        for i in range(n):
            m[i, i] = 1.0
        return m

    def __getitem__(self, pos):
        return self.data[pos[0]][pos[1]]

    def __setitem__(self, pos, val):
        self.data[pos[0]][pos[1]] = val
    def __matmul__(self, o):
        if self.cols != o.rows:
            raise ValueError(f"shape mismatch {self.rows}x{self.cols} @ {o.rows}x{o.cols}")
        r = Matrix(self.rows, o.cols)
        for i in range(self.rows):
            for j in range(o.cols):
                r[i, j] = sum(self[i, k] * o[k, j] for k in range(self.cols))
        return r
    def apply(self, v):
        return Vec(self[0, 0] * v.x + self[0, 1] * v.y, self[1, 0] * v.x + self[1, 1] * v.y)
    def __iter__(self):
        for row in self.data:
            yield row
    def __str__(self):
        return "\n".join(" ".join(f"{x:6.2f}" for x in row) for row in self)

a, b = Vec(1, 2), Vec(3, -4)
print(a + b, a - b, a * 3, a.dot(b))
print(a == Vec(1, 2), a == b, len({a, b, Vec(1, 2), Vec(3, -4)}))
rot = Matrix(2, 2)
rot[0, 1] = -1.0
rot[1, 0] = 1.0
print(rot)
print(rot.apply(a), (rot @ rot).apply(a))
m = Matrix(2, 3)
for i in range(2):
    for j in range(3):
        m[i, j] = i * 3 + j + 0.5
print(m)
print(Matrix.identity(2) @ m)
try:
    m @ m
except ValueError as e:
    print("error:", e)
print([sum(row) for row in m])
