# Indexing and slicing non-ASCII strings in every order gives CPython's results.
s = "añb€c😀d" * 50
n = len(s)
seed = 7
checksum = 0
for step in range(2000):
    seed = (seed * 1103515245 + 12345) % 2147483648
    i = seed % n
    j = (seed // 7) % n
    part = s[min(i, j):max(i, j)]
    checksum = (checksum * 31 + ord(s[i]) + len(part)) % 1000000007
print(n, checksum)
print(s[0], s[-1], s[n // 2], s[-n], s[3:9], s[-9:-3], s[::-37], s[5:200:41])
rev = ""
for k in range(n - 1, n - 15, -1):
    rev += s[k]
print(rev)
# New strings of different content, often at the address an earlier one had.
for k in range(300):
    t = "ü" * (k % 7) + str(k) + "é" * (k % 5)
    if k % 50 == 0:
        print(t, t[-1], t[len(t) // 2], t[1:-1])
