words = ["apple", "bob", "kayak", "level", "python", "noon"]
pal = [w for w in words if w == w[::-1]]
print(pal)
print([w.upper() if len(w) > 4 else w for w in words])
print([(i, j) for i in range(4) for j in range(4) if i < j if (i + j) % 2])
print({w[0] for w in words}.issuperset({"a", "b"}), sorted({len(w) for w in words}))
print({w: len(w) for w in words if "o" in w})
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
