# A tail-sum recursion's base cases and the statements before them run once per frame,
# the first frame's included, and each frame still counts against the recursion limit.
import sys

calls = []


def total(n):
    calls.append(n)
    if n <= 0:
        return 0
    if n == 3:
        print("at three")
    return n + total(n - 1)


print(total(5), calls)


def steps(n, k):
    if n == 0:
        return k
    if n % 2 == 1:
        return 1 + steps(n - 1, k)
    return 2 + steps(n // 2, k + 1)


print(steps(0, 7), steps(1, 0), steps(37, 0), steps(1000000, 0))


def big(n):
    if n == 0:
        return 9223372036854775807
    return 0 + big(n - 1)


print(big(0), big(3))


def down(n):
    if n == 0:
        return -9223372036854775807
    return -1 + down(n - 1)


print(down(0), down(1))


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


def deepest():
    best = 0
    for n in range(30, 60):
        try:
            depth(n)
            best = n
        except RecursionError:
            pass
    return best


sys.setrecursionlimit(50)
print(deepest())
sys.setrecursionlimit(1000)
print(deepest(), depth(990))
