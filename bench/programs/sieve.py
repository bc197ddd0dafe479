# Sieve of Eratosthenes over a list of 10 million bools.
N = 10_000_000
sieve = [True] * (N + 1)
sieve[0] = sieve[1] = False
i = 2
while i * i <= N:
    if sieve[i]:
        for j in range(i * i, N + 1, i):
            sieve[j] = False
    i += 1
count = 0
for flag in sieve:
    if flag:
        count += 1
print("primes below", N, ":", count)
