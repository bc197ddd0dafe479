# Root finding by bisection and an integer guessing game.
import math


def f(x):
    return x * x * x - 2 * x - 5




def bisect_root(lo, hi):
    mid = lo
    for i in range(100):
        mid = (lo + hi) / 2
        if f(lo) * f(mid) <= 0:
            hi = mid
        else:
            lo = mid
    return mid


root = bisect_root(2.0, 3.0)
print(f"root ~ {root:.12f}, f(root) = {f(root):.3e}")


def guess_number(secret, low, high):
    tries = 0
    while True:
        tries += 1
        guess = (low + high) // 2
        if guess == secret:
            return tries
        if guess < secret:
            low = guess + 1
        else:
            high = guess - 1


worst = 0
for secret in range(1, 1001):
    worst = max(worst, guess_number(secret, 1, 1000))
print("worst case tries for 1..1000:", worst, "log2:", math.ceil(math.log(1000, 2)))
