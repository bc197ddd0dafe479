# Sieve of Eratosthenes using a string of flags instead of a list.

def sieve(limit):
    flags = "1" * (limit + 1)
    flags = "00" + flags[2:]
    p = 2
    while p * p <= limit:
        if flags[p] == "1":
            m = p * p
            while m <= limit:
                flags = flags[:m] + "0" + flags[m + 1:]
                m += p
        p += 1
    return flags


flags = sieve(200)
count = 0
line = ""
for n in range(len(flags)):
    if flags[n] == "1":
        count += 1
        line += str(n) + " "
print(line)
print(count, "primes up to 200")
