# for loops over range() with one, two and three arguments.

for i in range(5):
    print(i, end=" ")
print()
for i in range(3, 8):
    print(i, end=" ")
print()
for i in range(0, 20, 4):
    print(i, end=" ")
print()
for i in range(10, 0, -2):
    print(i, end=" ")
print()
for i in range(-5, 5, 3):
    print(i, end=" ")
print()
for i in range(0):
    print("never")
for i in range(5, 5):
    print("never")
for i in range(5, 0):
    print("never")
for i in range(0, 10, -1):
    print("never")

n = 7
for i in range(n):
    n = 2
    print(i, end=" ")
print("(range evaluated once)")

total = 0
for i in range(1, 101):
    total += i
print("sum 1..100 =", total)
for i in range(3):
    pass
print("i after loop:", i)
start = 2
stop = 12
step = 3
for k in range(start, stop, step):
    print(k * k, end=" ")
print()
