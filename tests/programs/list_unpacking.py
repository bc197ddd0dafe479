a, b, c = [1, 2, 3]
print(a, b, c)
first, *rest = [10, 20, 30, 40]
print(first, rest)
*init, last = "hello".split("l")
print(init, last)
head, *mid, tail = (1, 2, 3, 4, 5)
print(head, mid, tail)
x, *y = [7]
print(x, y)
a, b = b, a
print(a, b)
for i, (name, n) in enumerate([("a", 1), ("b", 2)]):
    print(i, name, n)
