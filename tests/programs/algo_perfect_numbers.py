# Perfect, abundant and deficient numbers.

def divisor_sum(n):
    total = 1
    d = 2
    while d * d <= n:
        if n % d == 0:
            total += d
            if d != n // d:
                total += n // d
        d += 1
    return total


perfect = 0
abundant = 0
deficient = 0
for n in range(2, 10001):
    s = divisor_sum(n)
    if s == n:
        perfect += 1
        print("perfect:", n)
    elif s > n:
        abundant += 1
    else:
        deficient += 1
print("abundant", abundant, "deficient", deficient, "perfect", perfect)
