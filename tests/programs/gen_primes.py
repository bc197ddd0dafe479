# Prime number generators: trial division, bounded sieve, and twin-prime pairs
def primes():
    found = []
    n = 2
    while True:
        is_prime = True
        for p in found:
            if p * p > n:
                break
            if n % p == 0:
                is_prime = False
                break
        if is_prime:
            found.append(n)
            yield n
        n += 1


def sieve(limit):
    flags = [True] * (limit + 1)
    for i in range(2, limit + 1):
        if flags[i]:
            yield i
            for j in range(i * i, limit + 1, i):
                flags[j] = False


def twin_primes(limit):
    prev = 2
    for p in sieve(limit):
        if p - prev == 2:
            yield (prev, p)
        prev = p


first20 = []
for p in primes():
    first20.append(p)
    if len(first20) == 20:
        break
print("first 20 primes:", first20)

print("sieve(50):", list(sieve(50)))
print("count below 1000:", sum(1 for _ in sieve(1000)))
print("sum below 100:", sum(sieve(100)))
print("largest below 500:", max(sieve(500)))

for a, b in twin_primes(110):
    print(f"twin: {a} and {b}")

g = primes()
for _ in range(99):
    next(g)
print("100th prime:", next(g))

match = True
pg = primes()
for p in sieve(200):
    if p != next(pg):
        match = False
print("sieve agrees with trial division:", match)
