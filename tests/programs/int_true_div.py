# True division of ints always produces a float.

print(7 / 2)
print(6 / 3)
print(-7 / 2)
print(1 / 3)
print(2 / 3)
print(10 / 4)
print(0 / 5)
print(-0 / 5)
print(1 / 7)
print(22 / 7)
print(100 / 8)
print(1 / 1000000)
print(9007199254740993 / 1)
print(123456789 / 1000)


def mean(total, count):
    return total / count


s = 0
n = 0
for i in range(1, 11):
    s += i * i
    n += 1
print("mean of squares:", mean(s, n))
print("half:", mean(1, 2))
ratio = 355 / 113
print("355/113 =", ratio)
