a = [1, 2]
b = a + [3]
print(a, b, a * 3, 2 * a, [0] * 0)
print(a == [1, 2], a != b, a < b, [1, 3] > [1, 2, 9], [] < [0], [2] <= [2])
print(3 in b, 4 not in b, 2.0 in a, "x" in ["x", "y"])
c = a
c.append(99)
print(a, c, a is c)
a += [5]
print(a, c)
