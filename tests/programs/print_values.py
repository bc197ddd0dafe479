# print() of several values of different types at once.

x = 10
y = 2.5
s = "text"
b = False
print(x, y, s, b, None)
print(x + y, s + "!", not b)
print("sum:", x + 1, "product:", x * y)
print(-x, -y, x / 4, x // 4)
print(1e-3, 1e3, 10 ** 3)
print("", "", sep="|")
print("tab\tseparated", "values")
print(len(s), s[0], s[1:3])
