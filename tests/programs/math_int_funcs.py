# math.isqrt and math.gcd.
import math

print(math.isqrt(0), math.isqrt(1), math.isqrt(15), math.isqrt(16), math.isqrt(17))
print(math.isqrt(1000000), math.isqrt(999999), math.isqrt(9223372036854775807))
print(math.gcd(12, 18), math.gcd(17, 5), math.gcd(0, 0), math.gcd(0, 7))
print(math.gcd(-12, 18), math.gcd(12, -18), math.gcd(1071, 462))


def is_prime(n):
    if n < 2:
        return False
    for d in range(2, math.isqrt(n) + 1):
        if n % d == 0:
            return False
    return True


count = 0
for n in range(1000):
    if is_prime(n):
        count += 1
print("primes below 1000:", count)


def reduce_fraction(num, den):
    g = math.gcd(num, den)
    return str(num // g) + "/" + str(den // g)


print(reduce_fraction(6, 8), reduce_fraction(100, 75), reduce_fraction(7, 13))
