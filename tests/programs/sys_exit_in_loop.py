# sys.exit(0) from a nested loop inside a function.
import sys


def search(target):
    for a in range(1, 20):
        for b in range(1, 20):
            if a * b == target and a < b:
                print("found", a, b)
                sys.exit(0)
    print("no factors")


search(91)
print("not reached")
