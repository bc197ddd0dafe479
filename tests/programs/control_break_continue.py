# break and continue in for and while loops.

for i in range(10):
    if i == 7:
        break
    if i % 2 == 0:
        continue
    print("odd", i)

n = 0
while n < 20:
    n += 1
    if n % 3 != 0:
        continue
    if n > 15:
        break
    print("multiple of 3:", n)


def first_divisor(n):
    for d in range(2, n):
        if n % d == 0:
            return d
    return n


for n in range(10, 20):
    print(n, first_divisor(n))

found = 0
for a in range(1, 30):
    for b in range(a, 30):
        c2 = a * a + b * b
        c = 1
        while c * c < c2:
            c += 1
        if c * c != c2 or c >= 30:
            continue
        print("triple", a, b, c)
        found += 1
        break
print("found", found)
