primes = {n for n in range(2, 50) if all(n % d for d in range(2, n))}
print(sorted(primes), len(primes))
a = set("abracadabra")
b = set("alacazam")
print(sorted(a), sorted(a - b), sorted(a | b), sorted(a & b), sorted(a ^ b))
seen = set()
dups = []
for x in [3, 1, 3, 2, 1, 3]:
    if x in seen:
        dups.append(x)
    seen.add(x)
print(dups, seen)
