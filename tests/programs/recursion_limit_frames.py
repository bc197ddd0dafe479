# CPython's recursion limit counts frames: 1000 by default (the module's frame included),
# sys.setrecursionlimit changes it; past it RecursionError, which try can catch.
import sys


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


def count_down(n):
    if n == 0:
        return "done"
    return count_down(n - 1)


def deepest(f):
    best = 0
    for n in range(990, 1005):
        try:
            f(n)
            best = n
        except RecursionError:
            pass
    return best


print(sys.getrecursionlimit())
print(deepest(depth), deepest(count_down))
try:
    depth(100000)
except RecursionError as e:
    print("RecursionError:", e)
print(depth(500), "still works")


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print(is_even(900))
try:
    is_even(5000)
except RecursionError:
    print("mutual recursion hits the limit too")

sys.setrecursionlimit(20000)
print(sys.getrecursionlimit(), depth(15000), is_odd(15001))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
