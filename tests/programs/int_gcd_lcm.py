# Euclid's algorithm and least common multiples.

def gcd(a, b):
    while b != 0:
        t = b
        b = a % b
        a = t
    return a


def gcd_rec(a, b):
    if b == 0:
        return a
    return gcd_rec(b, a % b)


def lcm(a, b):
    return a // gcd(a, b) * b


print(gcd(48, 18), gcd_rec(48, 18))
print(gcd(17, 5), gcd(0, 9), gcd(9, 0))
print(gcd(1071, 462), gcd_rec(1071, 462))
print(lcm(4, 6), lcm(21, 6), lcm(7, 13))

acc = 1
for k in range(1, 21):
    acc = lcm(acc, k)
print("smallest number divisible by 1..20:", acc)

coprime = 0
for a in range(1, 31):
    for b in range(1, 31):
        if gcd(a, b) == 1:
            coprime += 1
print("coprime pairs in 1..30:", coprime)
