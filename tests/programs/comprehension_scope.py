x = "outer"
squares = [x * x for x in range(4)]
print(x, squares)
n = 3
print([n * i for i in range(n)])
total = sum(i for i in range(10) if i != n)
print(total, n)


def f(k):
    return [k + j for j in range(k)]


print(f(3))
