# Matrices as nested lists.
def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    out = [[0] * p for _ in range(n)]
    for i in range(n):
        for j in range(p):
            s = 0
            for k in range(m):
                s += a[i][k] * b[k][j]
            out[i][j] = s
    return out


def transpose(m):
    return [[row[j] for row in m] for j in range(len(m[0]))]


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(matmul(a, b))
print(transpose(a))
ident = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
print(matmul(ident, b) == b)
for row in matmul(a, b):
    print(" ".join(str(v).rjust(4) for v in row))
