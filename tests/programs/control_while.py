# while loops, including while True with break.

n = 10
while n > 0:
    print(n, end=" ")
    n -= 3
print()

total = 0
i = 1
while total < 100:
    total += i * i
    i += 1
print("i =", i, "total =", total)

count = 0
while True:
    count += 1
    if count * count > 50:
        break
print("first square over 50:", count)


def digits_of(n):
    s = ""
    while n:
        s = str(n % 10) + s
        n //= 10
    return s


print(digits_of(90210))

a = 0
b = 1
while b < 1000:
    print(b, end=" ")
    t = a + b
    a = b
    b = t
print()
outer = 0
while outer < 3:
    inner = 0
    while inner < outer:
        print(outer, inner)
        inner += 1
    outer += 1
