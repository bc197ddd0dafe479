# Integer arithmetic in a tight loop: Collatz chain lengths below N.
N = 300000


def collatz_length(n):
    steps = 1
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


best = 0
best_start = 0
total = 0
for start in range(1, N):
    length = collatz_length(start)
    total += length
    if length > best:
        best = length
        best_start = start
print("longest chain below", N, "starts at", best_start, "with", best, "terms")
print("total steps:", total)
