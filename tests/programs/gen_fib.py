# Fibonacci numbers from an infinite generator, consumed with break and next()
def fib():
    a = 0
    b = 1
    while True:
        yield a
        a, b = b, a + b


def take(n, limit):
    # yields the first n fibonacci numbers below limit
    count = 0
    for x in fib():
        if x >= limit or count >= n:
            return
        yield x
        count += 1


first = []
for f in fib():
    if f > 100:
        break
    first.append(f)
print("fib <= 100:", first)

g = fib()
print("next x3:", next(g), next(g), next(g))
print("then:", next(g), next(g))

print("take(5, 1000):", list(take(5, 1000)))
print("take(50, 60):", list(take(50, 60)))

total = 0
for f in fib():
    if f > 4000000:
        break
    if f % 2 == 0:
        total += f
print("sum of even fib <= 4M:", total)

big = 0
idx = 0
for i, f in enumerate(fib()):
    if len(str(f)) >= 18:
        big = f
        idx = i
        break
print(f"first 18-digit fib is F({idx}) = {big}")

ratios = []
prev = 1
for f in take(15, 10 ** 9):
    if f > 1:
        ratios.append(f"{f / prev:.4f}")
    if f > 0:
        prev = f
print("ratios:", " ".join(ratios))
